package weiyu.server.visitor;

import java.util.Map;
import java.util.Optional;
import weiyu.server.chat.AgentPresence;
import weiyu.server.chat.ChatMessage;
import weiyu.server.chat.ChatThread;
import weiyu.server.chat.ChatUser;
import weiyu.server.chat.MessageStatus;
import weiyu.server.chat.MessageTypes;
import weiyu.server.chat.Rejected;
import weiyu.server.chat.ServerClock;
import weiyu.server.chat.Topics;
import weiyu.server.chat.Uids;
import weiyu.server.config.SiteConfig;
import weiyu.server.config.SiteDirectory;
import weiyu.server.http.Json;
import weiyu.server.store.Store;
import weiyu.server.store.StoredThread;
import weiyu.server.store.StoredVisitor;

/**
 * {@code POST /thread}: opens (or reopens) the visitor's thread with a workgroup, agent or
 * robot and answers its first message: CONTINUE when the thread already has messages, else
 * WELCOME (the site's welcome text) when someone is online, else LEAVE_MSG. The first message
 * is made fresh for each call and not stored: history holds the conversation only.
 */
final class ThreadOpener {
    private final Store store;
    private final SiteDirectory sites;
    private final AgentPresence presence;
    private final ServerClock clock;

    ThreadOpener(Store store, SiteDirectory sites, AgentPresence presence, ServerClock clock) {
        this.store = store;
        this.sites = sites;
        this.presence = presence;
        this.clock = clock;
    }

    ChatMessage open(VisitorRequest r) throws Rejected {
        String uid = VisitorRequest.require(r.uid(), "uid");
        String orgUid = VisitorRequest.require(r.orgUid(), "orgUid");
        String sid = VisitorRequest.require(r.sid(), "sid");
        Kind kind = Kind.of(r.type());
        StoredVisitor visitor = store.visitor(uid)
                .orElseThrow(() -> Rejected.invalid("unknown visitor '" + uid + "': call POST /init first"));
        if (!visitor.orgUid().equals(orgUid)) {
            throw Rejected.forbidden("visitor '" + uid + "' belongs to another organisation");
        }
        String topic = Topics.of(kind.topicWord, sid, uid);
        StoredThread thread = store.saveThread(new StoredThread(Uids.next(), topic, kind.threadType, uid, orgUid, sid,
                clock.now()));
        Optional<SiteConfig> site = sites.find(orgUid, sid);
        String locale = site.map(SiteConfig::locale).orElse(r.lang());
        String type;
        String content;
        String status;
        if (store.visibleCount(topic) > 0) {
            type = MessageTypes.CONTINUE;
            content = FirstMessageTexts.continued(locale);
            status = "CHATTING";
        } else if (presence.anyoneOnline(orgUid, sid)) {
            type = MessageTypes.WELCOME;
            content = site.map(SiteConfig::welcome).filter(w -> !w.isBlank()).orElse(FirstMessageTexts.welcome(locale));
            status = "NEW";
        } else {
            type = MessageTypes.LEAVE_MSG;
            content = FirstMessageTexts.leaveMessage(locale);
            status = "OFFLINE";
        }
        String name = site.map(SiteConfig::title).filter(t -> !t.isBlank()).orElse(FirstMessageTexts.serviceName(locale));
        String target = Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("uid", sid);
            g.writeStringField("nickname", name);
            g.writeStringField("avatar", "");
            g.writeEndObject();
        });
        ChatUser visitorUser = ChatUser.of(uid, visitor.nickname(), visitor.avatar(), "VISITOR");
        ChatThread chatThread = new ChatThread(thread.uid(), topic, kind.threadType, status, visitorUser, null, "{}",
                kind == Kind.AGENT ? target : null, kind == Kind.ROBOT ? target : null,
                kind == Kind.WORKGROUP ? target : null, Map.of());
        String extra = Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("orgUid", orgUid);
            g.writeEndObject();
        });
        return new ChatMessage(Uids.next(), type, content, MessageStatus.SUCCESS, clock.now(), "SYSTEM", extra,
                chatThread, ChatUser.of(sid, name, "", kind.senderType), Map.of());
    }

    /** The VisitorRequest {@code type}: "0" agent, "1" workgroup, "2" robot. */
    private enum Kind {
        AGENT("agent", "AGENT", "AGENT"),
        WORKGROUP("workgroup", "WORKGROUP", "AGENT"),
        ROBOT("robot", "ROBOT", "ROBOT");

        final String topicWord;
        final String threadType;
        final String senderType;

        Kind(String topicWord, String threadType, String senderType) {
            this.topicWord = topicWord;
            this.threadType = threadType;
            this.senderType = senderType;
        }

        static Kind of(String type) throws Rejected {
            return switch (type) {
                case "0" -> AGENT;
                case "1" -> WORKGROUP;
                case "2" -> ROBOT;
                default -> throw Rejected.invalid("'type' must be \"0\" (agent), \"1\" (workgroup) or \"2\" (robot)");
            };
        }
    }
}
