package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import weiyu.widget.config.WidgetConfig;
import weiyu.widget.stomp.FakeScheduler;
import weiyu.widget.stomp.FakeTransports;
import weiyu.widget.stomp.StompFrame;

/**
 * One visitor page wired to fakes: scripted HTTP, the real StompClient over fake sockets, an
 * in-memory store and a manual clock. Its helpers play the bytedesk server.
 */
final class ChatFixture {
    static final String ORG = "df_org_uid";
    static final String VISITOR = "v1";
    static final String TOPIC = "org/workgroup/wg1/v1";
    static final String DOTTED = "org.workgroup.wg1.v1";
    static final String AGENT_JSON = "{\"nickname\":\"Alice\",\"avatar\":\"https://x/a.png\"}";
    static final String THREAD = "{\"uid\":\"th_01\",\"topic\":\"" + TOPIC + "\",\"type\":\"WORKGROUP\",\"status\":\"NEW\","
            + "\"agent\":" + JacksonJson.write(AGENT_JSON) + "}";
    /** 2026-11-25T10:00:00Z: the wall clock starts here, the fake scheduler at 0. */
    static final double WALL_START = 1795600800000.0;
    private static final String CONNECTED = FakeTransports.connected("1.2", "0,0");
    /** Message uids unique across fixtures, as real random ids are across page loads. */
    private static final AtomicInteger IDS = new AtomicInteger();

    final MemoryStore store;
    final FakeHttp http = new FakeHttp();
    final FakeScheduler clock = new FakeScheduler();
    final FakeTransports sockets = new FakeTransports();
    final RecordingListener ui = new RecordingListener();
    final JacksonJson json = new JacksonJson();
    final List<ChatMessage> invitations = new ArrayList<>();
    final Conversation conversation;
    int sounds;
    private int serverSeconds;
    private int messageIds;

    ChatFixture() {
        this(new MemoryStore());
    }

    ChatFixture(MemoryStore store) {
        this.store = store;
        Map<String, String> attributes = Map.of("org", ORG, "sid", "wg1", "api", "http://127.0.0.1:9003");
        WidgetConfig config = WidgetConfig.from(attributes::get, "http://127.0.0.1:9003", "zh-CN");
        ChatIo io = new ChatIo(http, store, () -> sounds++, () -> String.format("%032x", IDS.incrementAndGet()),
                json, () -> WALL_START + clock.now(), clock, sockets);
        conversation = new Conversation(config, io, ui);
        conversation.setPageEvents(invitations::add);
    }

    /** A fresh page whose localStorage is this one's: a reload. */
    ChatFixture reload() {
        return new ChatFixture(store);
    }

    // ---- the server's HTTP side ----

    void answerInit() {
        http.next("/visitor/api/v1/init").ok("{\"uid\":\"" + VISITOR + "\",\"nickname\":\"访客\",\"avatar\":\"\"}");
    }

    void answerThread(String type) {
        http.next("/visitor/api/v1/thread").ok(message("first_" + type, type, "您好", "agent_1", "AGENT"));
    }

    /** A history page (items newest first) with the given {@code last}. */
    void answerHistory(boolean last, String... items) {
        http.next("/message/thread/topic").ok("{\"content\":[" + String.join(",", items) + "],\"last\":" + last + "}");
    }

    /** Panel opened, visitor and thread created, empty history, STOMP connected. */
    void openAndConnect() {
        conversation.panelOpened();
        answerInit();
        answerThread("WELCOME");
        answerHistory(true);
        acceptStomp();
        answerHistory(true); // the check for messages missed between history and subscription
    }

    // ---- the server's STOMP side ----

    void acceptStomp() {
        sockets.last().accept(CONNECTED);
    }

    /** Waits for the client's next attempt (backoff with jitter) and lets it connect. */
    void reconnect() {
        int before = sockets.opened.size();
        while (sockets.opened.size() == before) {
            clock.advance(100);
        }
        acceptStomp();
    }

    void dropConnection() {
        sockets.last().listener.onClose(1006, "");
    }

    /** A MESSAGE frame on the thread's topic (with an ack header, as RabbitMQ sends; Spring sends none). */
    void deliver(String messageJson) {
        int id = messageIds++;
        sockets.last().listener.onMessage("MESSAGE\ndestination:/topic/" + DOTTED + "\nsubscription:sub-0\nmessage-id:m"
                + id + "\nack:a" + id + "\ncontent-type:text/plain;charset=UTF-8\n\n" + messageJson + "\0");
    }

    /** Every SEND frame on every socket so far, oldest first. */
    List<StompFrame> sendFrames() {
        List<StompFrame> out = new ArrayList<>();
        for (FakeTransports.Socket socket : sockets.opened) {
            for (StompFrame f : socket.frames()) {
                if (f.command().equals("SEND")) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The bodies of every SEND so far, parsed. */
    List<JsonObject> stompSent() {
        List<JsonObject> out = new ArrayList<>();
        for (StompFrame f : sendFrames()) {
            out.add(json.parse(f.body()));
        }
        return out;
    }

    /** "TYPE content" of every SEND so far. */
    List<String> stompSentSummary() {
        List<String> out = new ArrayList<>();
        for (JsonObject o : stompSent()) {
            out.add(o.string("type") + " " + o.string("content"));
        }
        return out;
    }

    JsonObject lastStompSent() {
        List<JsonObject> all = stompSent();
        return all.get(all.size() - 1);
    }

    /** The server's echo of a message it received: status SUCCESS and its own createdAt. */
    void echo(JsonObject sent) {
        JsonObject copy = json.parse(sent.stringify());
        copy.put("status", "SUCCESS").put("createdAt", serverTime());
        deliver(copy.stringify());
    }

    /** The message inside a pending {@code POST /message/send}, parsed. */
    static JsonObject inner(FakeHttp.Request send) {
        return new JacksonJson().parse(new JacksonJson().parse(send.body).string("json"));
    }

    // ---- messages as the server writes them ----

    String message(String uid, String type, String content, String userUid, String userType) {
        return message(uid, type, content, userUid, userType, serverTime(), "SUCCESS");
    }

    String message(String uid, String type, String content, String userUid, String userType, String createdAt,
            String status) {
        JsonObject m = json.newObject().put("uid", uid).put("type", type).put("content", content)
                .put("status", status).put("createdAt", createdAt).put("channel", "WEB_FLOAT")
                .put("extra", "{\"orgUid\":\"" + ORG + "\"}").put("thread", json.parse(THREAD))
                .put("user", json.newObject().put("uid", userUid).put("nickname", userUid).put("type", userType));
        return m.stringify();
    }

    String fromAgent(String uid, String type, String content) {
        return message(uid, type, content, "agent_1", "AGENT");
    }

    /** Server clock: a second later on each call, in the server's own format. */
    String serverTime() {
        int s = serverSeconds++;
        return String.format("2026-11-25 18:%02d:%02d", s / 60, s % 60);
    }

    /** The uids waiting in the persisted outbox, in order. */
    String outboxInStore() {
        String v = store.get("weiyu." + ORG + ".outbox");
        return v == null ? "" : v;
    }

    void assertShown(String... uidsInOrder) {
        assertEquals(List.of(uidsInOrder), ui.uids());
    }
}
