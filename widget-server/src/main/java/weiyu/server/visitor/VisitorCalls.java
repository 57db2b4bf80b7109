package weiyu.server.visitor;

import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import weiyu.server.chat.AgentPresence;
import weiyu.server.chat.ChatMessage;
import weiyu.server.chat.ChatService;
import weiyu.server.chat.Handled;
import weiyu.server.chat.HistoryPageJson;
import weiyu.server.chat.MessageJson;
import weiyu.server.chat.Rejected;
import weiyu.server.chat.Sender;
import weiyu.server.chat.ServerClock;
import weiyu.server.chat.Topics;
import weiyu.server.config.SiteDirectory;
import weiyu.server.http.BodyTooLarge;
import weiyu.server.http.Json;
import weiyu.server.http.PageParams;
import weiyu.server.http.RequestFields;
import weiyu.server.store.Store;
import weiyu.server.store.StoredThread;
import weiyu.server.store.StoredVisitor;

/** The visitor API calls; each returns what goes into the envelope's {@code data}. */
public final class VisitorCalls {
    static final int DEFAULT_PAGE_SIZE = 20;

    private final ChatService chat;
    private final Store store;
    private final Visitors visitors;
    private final ThreadOpener threads;

    public VisitorCalls(ChatService chat, Store store, SiteDirectory sites, AgentPresence presence, ServerClock clock) {
        this.chat = chat;
        this.store = store;
        this.visitors = new Visitors(store, clock);
        this.threads = new ThreadOpener(store, sites, presence, clock);
    }

    Json.Body init(Request request) throws Rejected, BodyTooLarge, IOException {
        StoredVisitor v = visitors.init(VisitorRequest.from(RequestFields.body(request)));
        return g -> Visitors.write(g, v);
    }

    Json.Body thread(Request request) throws Rejected, BodyTooLarge, IOException {
        ChatMessage first = threads.open(VisitorRequest.from(RequestFields.body(request)));
        return g -> MessageJson.write(g, first);
    }

    /** The HTTP fallback of a STOMP SEND: same rules; answered only once the message is stored. */
    Json.Body send(Request request) throws Rejected, BodyTooLarge, IOException {
        String json = RequestFields.body(request).get("json");
        if (json == null) {
            throw Rejected.invalid("'json' (the message JSON, as a string) is required");
        }
        ChatMessage message = MessageJson.parse(json);
        String uid = message.user().uid();
        if (visitors.find(uid).isEmpty()) {
            throw Rejected.invalid("unknown visitor '" + uid + "': call POST /init first");
        }
        Handled handled = chat.handle(message, Sender.visitor(uid));
        return g -> g.writeRawValue(handled.json());
    }

    /** A page of history, newest first like bytedesk's pages; the topic itself is the key to it. */
    Json.Body history(Request request) throws Rejected {
        Map<String, String> q = RequestFields.query(request);
        String topic = VisitorRequest.require(q.get("topic"), "topic");
        PageParams page = PageParams.from(q, DEFAULT_PAGE_SIZE);
        String sortBy = q.getOrDefault("sortBy", "createdAt");
        if (!sortBy.equals("createdAt") && !sortBy.equals("updatedAt")) {
            throw Rejected.invalid("'sortBy' can only be createdAt");
        }
        StoredThread thread = Topics.isValid(topic) ? store.thread(topic).orElse(null) : null;
        String orgUid = q.get("orgUid");
        if (thread == null || (orgUid != null && !orgUid.isEmpty() && !orgUid.equals(thread.orgUid()))) {
            throw Rejected.invalid("unknown thread topic '" + topic + "'");
        }
        return HistoryPageJson.of(store.history(topic, page.number(), page.size()));
    }

    /** The number of messages the visitor has not read yet. */
    Json.Body ping(Request request) throws Rejected {
        Map<String, String> q = RequestFields.query(request);
        String uid = VisitorRequest.require(q.get("uid"), "uid");
        if (!Topics.isValidId(uid) || visitors.find(uid).isEmpty()) {
            throw Rejected.invalid("unknown visitor '" + uid + "'");
        }
        long unread = store.unreadBy(uid);
        return g -> g.writeNumber(unread);
    }
}
