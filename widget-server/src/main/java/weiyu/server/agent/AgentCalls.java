package weiyu.server.agent;

import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Request;
import weiyu.server.chat.HistoryPageJson;
import weiyu.server.chat.Rejected;
import weiyu.server.chat.Topics;
import weiyu.server.http.ApiError;
import weiyu.server.http.Json;
import weiyu.server.http.PageParams;
import weiyu.server.http.RequestFields;
import weiyu.server.store.Store;
import weiyu.server.store.StoredThread;
import weiyu.server.store.ThreadSummary;

/** The agent API calls; each returns what goes into the envelope's {@code data}. */
final class AgentCalls {
    static final int THREAD_LIST_LIMIT = 200;
    static final int HISTORY_PAGE_SIZE = 50;
    /** Enough for a one-line preview; the page asks history for the whole message. */
    static final int PREVIEW_CHARS = 120;
    private static final Set<String> CLOSING_TYPES = Set.of("AGENT_CLOSED", "AUTO_CLOSED");

    private final AgentSessions sessions;
    private final SignInThrottle throttle;
    private final Store store;

    AgentCalls(AgentSessions sessions, SignInThrottle throttle, Store store) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.store = store;
    }

    /** {@code {uid, password}} → {@code {token, agent}}; wrong passwords slow the next tries of that uid. */
    Json.Body login(Map<String, String> body) throws Rejected, ApiError {
        String uid = body.getOrDefault("uid", "").strip();
        String password = body.get("password");
        if (uid.isEmpty() || password == null || password.isEmpty()) {
            throw Rejected.invalid("'uid' and 'password' are required");
        }
        long waitMs = throttle.waitMs(uid);
        if (waitMs > 0) {
            throw new ApiError(429, "too many wrong passwords: try again in " + (waitMs + 999) / 1000 + " s");
        }
        String token = sessions.signIn(uid, password).orElse(null);
        if (token == null) {
            throttle.failed(uid);
            throw new ApiError(401, "wrong agent id or password");
        }
        throttle.succeeded(uid);
        Agent agent = sessions.agentFor(token).orElseThrow();
        return g -> {
            g.writeStartObject();
            g.writeStringField("token", token);
            g.writeObjectFieldStart("agent");
            g.writeStringField("uid", agent.uid());
            g.writeStringField("nickname", agent.nickname());
            g.writeStringField("org", agent.orgUid());
            g.writeEndObject();
            g.writeEndObject();
        };
    }

    Json.Body logout(String token) {
        sessions.signOut(token);
        return null;
    }

    /** The organisation's threads with messages, most recently active first. */
    Json.Body threads(Agent agent) {
        var threads = store.recentThreads(agent.orgUid(), THREAD_LIST_LIMIT);
        return g -> {
            g.writeStartArray();
            for (ThreadSummary t : threads) {
                boolean closed = CLOSING_TYPES.contains(t.lastType());
                g.writeStartObject();
                g.writeStringField("uid", t.thread().uid());
                g.writeStringField("topic", t.thread().topic());
                g.writeStringField("type", t.thread().type());
                g.writeStringField("status", closed ? "CLOSED" : "CHATTING");
                g.writeObjectFieldStart("visitor");
                g.writeStringField("uid", t.thread().visitorUid());
                g.writeStringField("nickname", t.visitorNickname());
                g.writeEndObject();
                g.writeObjectFieldStart("lastMessage");
                g.writeStringField("uid", t.lastUid());
                g.writeStringField("type", t.lastType());
                g.writeStringField("content", preview(t.lastContent()));
                g.writeStringField("createdAt", t.lastCreatedAt());
                g.writeBooleanField("fromVisitor", t.lastSenderUid().equals(t.thread().visitorUid()));
                g.writeEndObject();
                g.writeNumberField("unread", t.unreadFromVisitor());
                g.writeEndObject();
            }
            g.writeEndArray();
        };
    }

    /** A page of one of the organisation's threads, newest first, as the visitor API pages it. */
    Json.Body history(Request request, Agent agent) throws Rejected, ApiError {
        Map<String, String> q = RequestFields.query(request);
        String topic = q.get("topic");
        if (topic == null || topic.isEmpty()) {
            throw Rejected.invalid("'topic' is required");
        }
        if (!Topics.isValid(topic)) {
            throw Rejected.invalid("'topic' is not a thread topic (org/<kind>/<uid>/<visitor uid>)");
        }
        PageParams page = PageParams.from(q, HISTORY_PAGE_SIZE);
        StoredThread thread = store.thread(topic).orElseThrow(() -> new ApiError(404, "no thread " + topic));
        if (!thread.orgUid().equals(agent.orgUid())) {
            throw Rejected.forbidden("this thread belongs to another organisation");
        }
        return HistoryPageJson.of(store.history(topic, page.number(), page.size()));
    }

    static String preview(String content) {
        if (content.length() <= PREVIEW_CHARS) {
            return content;
        }
        int end = PREVIEW_CHARS;
        if (Character.isHighSurrogate(content.charAt(end - 1))) {
            end--; // never cut a character in half
        }
        return content.substring(0, end) + "…";
    }
}
