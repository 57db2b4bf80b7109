package weiyu.server.e2e;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import weiyu.server.RunningServer;
import weiyu.server.StompWsClient;
import weiyu.server.TestJson;
import weiyu.server.agent.AgentApiHandler;
import weiyu.server.http.Json;
import weiyu.server.visitor.ApiClient;
import weiyu.widget.stomp.StompFrame;

/**
 * The support agent, on the JVM: signs in over {@code /agent/api/login} as agent_lin, connects
 * to {@code /stomp} with its token (which makes it "online"), watches the organisation's inbox
 * (a copy of every thread message) and answers on a thread's {@code /app/...} destination.
 */
final class JvmAgent implements AutoCloseable {
    static final String ORG = "df_org_uid";
    static final String UID = "agent_lin";
    static final String INBOX = "/topic/org.inbox." + ORG;

    private final ApiClient api;
    private final String token;
    private final StompWsClient stomp;
    /** Every message seen on the inbox, parsed, in arrival order. */
    final List<Map<String, Object>> inbox = new ArrayList<>();
    private long lastBeat = System.nanoTime();

    private JvmAgent(ApiClient api, String token, StompWsClient stomp) {
        this.api = api;
        this.token = token;
        this.stomp = stomp;
    }

    static JvmAgent signIn(RunningServer server) throws Exception {
        ApiClient api = new ApiClient(server, AgentApiHandler.PREFIX);
        ApiClient.Reply r = api.postJson("/login", "{\"uid\":\"" + UID + "\",\"password\":\"demo-agent-pass\"}");
        if (r.status() != 200) {
            throw new AssertionError("agent sign-in failed: " + r.json());
        }
        String token = r.text("data.token");
        StompWsClient stomp = StompWsClient.connect(server.origin(), UID, token);
        stomp.subscribe("inbox", INBOX);
        return new JvmAgent(api, token, stomp);
    }

    /** Takes every frame that has arrived (waiting up to {@code millis} for the first) into {@link #inbox}. */
    void pump(long millis) throws InterruptedException {
        if (System.nanoTime() - lastBeat > 5_000_000_000L) {
            stomp.heartbeat(); // long tests outlive the server's 2 x 10 s heart-beat allowance
            lastBeat = System.nanoTime();
        }
        StompFrame f = stomp.poll(millis);
        while (f != null) {
            if (f.command().equals("MESSAGE")) {
                if (f.header("ack") != null) {
                    stomp.ack(f);
                }
                if (INBOX.equals(f.header("destination"))) {
                    inbox.add(map(TestJson.parse(f.body())));
                }
            } else if (f.command().equals("ERROR")) {
                throw new AssertionError("the agent's connection failed: " + f.header("message") + " " + f.body());
            }
            f = stomp.poll(0);
        }
    }

    /** The first inbox message matching {@code match}, waiting up to {@code seconds}. */
    Map<String, Object> await(String what, int seconds, Predicate<Map<String, Object>> match) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            for (Map<String, Object> m : inbox) {
                if (match.test(m)) {
                    return m;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the agent never saw " + what);
            }
            pump(50);
        }
    }

    /** Inbox messages of {@code type} whose content is {@code content} (null: any). */
    List<Map<String, Object>> seen(String type, String content) {
        return inbox.stream().filter(m -> type.equals(m.get("type"))
                && (content == null || content.equals(m.get("content")))).toList();
    }

    /** Sends a message of {@code type} on the thread of {@code visitorMessage} (a message seen on the inbox); returns its uid. */
    String send(Map<String, Object> visitorMessage, String type, String content) {
        String uid = "ag" + UUID.randomUUID().toString().replace("-", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> thread = (Map<String, Object>) visitorMessage.get("thread");
        String json = Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("uid", uid);
            g.writeStringField("type", type);
            g.writeStringField("content", content);
            g.writeStringField("status", "SENDING");
            g.writeStringField("createdAt", "2026-11-25T10:00:00.000Z");
            g.writeStringField("channel", "WEB");
            g.writeStringField("extra", "{\"orgUid\":\"" + ORG + "\"}");
            g.writeFieldName("thread");
            write(g, thread);
            g.writeObjectFieldStart("user");
            g.writeStringField("uid", UID);
            g.writeStringField("nickname", "小林");
            g.writeStringField("avatar", "");
            g.writeStringField("type", "AGENT");
            g.writeEndObject();
            g.writeEndObject();
        });
        stomp.send("/app/" + ((String) thread.get("topic")).replace('/', '.'), json);
        return uid;
    }

    /** The whole thread as the agent page reads it (/agent/api/history), oldest first. */
    List<Map<String, Object>> history(String topic) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ApiClient.Reply r = api.get("/history?topic=" + ApiClient.enc(topic) + "&pageNumber=" + page + "&pageSize=50",
                    "Authorization", "Bearer " + token);
            if (r.status() != 200) {
                throw new AssertionError("history failed: " + r.json());
            }
            for (Object m : TestJson.list(r.json(), "data.content")) {
                all.add(0, map(m));
            }
            if (Boolean.TRUE.equals(r.at("data.last"))) {
                return all;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }

    @Override
    public void close() {
        stomp.close();
    }
}
