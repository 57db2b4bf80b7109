package weiyu.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static weiyu.server.TestMessages.text;
import static weiyu.server.TestMessages.visitorMessage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weiyu.server.store.SqliteDatabase;
import weiyu.server.store.Store;
import weiyu.server.store.StoredMessage;
import weiyu.server.store.StoredThread;

class ChatServiceTest {
    private static final String VISITOR = "v1";
    private static final String TOPIC = "org/workgroup/wg/" + VISITOR;
    private static final String OTHER_TOPIC = "org/workgroup/wg/v2";
    private static final Sender ME = Sender.visitor(VISITOR);
    private static final Sender AGENT = Sender.agent("agent1");

    @TempDir
    Path dir;
    private Store store;
    private ChatService chat;
    private final List<String> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = SqliteDatabase.open(dir);
        store.saveThread(new StoredThread("th1", TOPIC, "WORKGROUP", VISITOR, "org", "wg", "t"));
        store.saveThread(new StoredThread("th2", OTHER_TOPIC, "WORKGROUP", "v2", "org", "wg", "t"));
        Fanout fanout = new InProcessFanout();
        fanout.subscribe("/topic/org.workgroup.wg." + VISITOR, published::add);
        Clock noon = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Asia/Shanghai"));
        chat = new ChatService(store, fanout, new ServerClock(noon));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String agentText(String uid, String content) {
        return text(uid, content, TOPIC, "agent1").replace("\"type\":\"VISITOR\"", "\"type\":\"AGENT\"");
    }

    private Rejected rejected(String json, Sender sender) {
        return assertThrows(Rejected.class, () -> chat.handle(json, sender));
    }

    @Test
    void aTextIsMarkedSuccessTimedStoredAndEchoedToTheTopic() throws Exception {
        Handled h = chat.handle(text("m1", "hello", TOPIC, VISITOR), ME);
        assertEquals(Handled.Outcome.STORED, h.outcome());
        assertEquals("SUCCESS", h.message().status());
        assertEquals("2026-11-25 18:00:00", h.message().createdAt());
        assertEquals(List.of(h.json()), published);
        StoredMessage row = store.message("m1").orElseThrow();
        assertEquals(h.json(), row.json());
        assertEquals(VISITOR, row.senderUid());
        assertTrue(h.json().contains("\"channel\":\"WEB_FLOAT\""), "everything else as sent");
    }

    @Test
    void aRetryReturnsAndRepublishesTheStoredMessage() throws Exception {
        Handled first = chat.handle(text("m1", "hello", TOPIC, VISITOR), ME);
        Handled retry = chat.handle(text("m1", "hello again", TOPIC, VISITOR), ME);
        assertEquals(Handled.Outcome.DUPLICATE, retry.outcome());
        assertEquals(first.json(), retry.json());
        assertEquals(1, store.visibleCount(TOPIC));
        assertEquals(2, published.size());
    }

    @Test
    void aUidTakenInAnotherThreadIsRefused() throws Exception {
        chat.handle(text("m1", "mine", OTHER_TOPIC, "v2"), Sender.visitor("v2"));
        assertTrue(rejected(text("m1", "x", TOPIC, VISITOR), ME).getMessage().contains("already taken"));
    }

    @Test
    void signalsArePublishedButNotStored() throws Exception {
        for (String type : List.of("TYPING", "PREVIEW", "RATE_SUBMIT")) {
            Handled h = chat.handle(visitorMessage("s-" + type, type, "", TOPIC, VISITOR), ME);
            assertEquals(Handled.Outcome.PASSED_ON, h.outcome());
            assertTrue(store.message("s-" + type).isEmpty(), type);
        }
        assertEquals(3, published.size());
    }

    @Test
    void recallHidesOnlyTheSendersOwnMessage() throws Exception {
        chat.handle(text("mine", "oops", TOPIC, VISITOR), ME);
        chat.handle(agentText("theirs", "hello"), AGENT);
        assertEquals(Rejected.Kind.FORBIDDEN, rejected(visitorMessage("r1", "RECALL", "theirs", TOPIC, VISITOR), ME).kind());
        Handled h = chat.handle(visitorMessage("r2", "RECALL", "mine", TOPIC, VISITOR), ME);
        assertEquals(Handled.Outcome.TARGET_UPDATED, h.outcome());
        assertEquals("RECALL", store.message("mine").orElseThrow().status());
        assertEquals("SUCCESS", store.message("theirs").orElseThrow().status());
        assertEquals(1, store.visibleCount(TOPIC));
        assertTrue(store.message("r2").isEmpty(), "the RECALL itself is not a history entry");
        assertTrue(published.get(published.size() - 1).contains("\"type\":\"RECALL\""));
    }

    @Test
    void receiptsUpgradeButNeverDowngrade() throws Exception {
        chat.handle(agentText("a1", "hello"), AGENT);
        chat.handle(visitorMessage("d1", "DELIVERED", "a1", TOPIC, VISITOR), ME);
        assertEquals("DELIVERED", store.message("a1").orElseThrow().status());
        chat.handle(visitorMessage("r1", "READ", "a1", TOPIC, VISITOR), ME);
        assertEquals("READ", store.message("a1").orElseThrow().status());
        chat.handle(visitorMessage("d2", "DELIVERED", "a1", TOPIC, VISITOR), ME);
        assertEquals("READ", store.message("a1").orElseThrow().status());
        assertEquals("READ", ChatService.current(store.message("a1").orElseThrow()).status());
    }

    @Test
    void receiptsFromTheAuthorOrForRecalledMessagesChangeNothing() throws Exception {
        chat.handle(text("mine", "x", TOPIC, VISITOR), ME);
        chat.handle(visitorMessage("r1", "READ", "mine", TOPIC, VISITOR), ME);
        assertEquals("SUCCESS", store.message("mine").orElseThrow().status());
        chat.handle(visitorMessage("rc", "RECALL", "mine", TOPIC, VISITOR), ME);
        chat.handle(agentText("r2", "mine").replace("\"type\":\"TEXT\"", "\"type\":\"READ\""), AGENT);
        assertEquals("RECALL", store.message("mine").orElseThrow().status());
    }

    @Test
    void receiptsAndRecallsMustNameAMessageOfTheSameThread() throws Exception {
        chat.handle(text("elsewhere", "x", OTHER_TOPIC, "v2"), Sender.visitor("v2"));
        assertTrue(rejected(visitorMessage("r1", "READ", "elsewhere", TOPIC, VISITOR), ME).getMessage().contains("not in this thread"));
        assertTrue(rejected(visitorMessage("r2", "RECALL", "nothing", TOPIC, VISITOR), ME).getMessage().contains("not in this thread"));
        assertEquals("SUCCESS", store.message("elsewhere").orElseThrow().status());
    }

    @Test
    void aVisitorCannotSendOnAnotherVisitorsThreadOrAsSomeoneElse() {
        assertEquals(Rejected.Kind.FORBIDDEN, rejected(text("m1", "x", OTHER_TOPIC, VISITOR), ME).kind());
        assertEquals(Rejected.Kind.FORBIDDEN, rejected(text("m2", "x", TOPIC, "v2"), ME).kind());
        assertEquals(Rejected.Kind.FORBIDDEN, rejected(text("m3", "x", TOPIC, VISITOR).replace("\"VISITOR\"", "\"AGENT\""), ME).kind());
        assertEquals(Rejected.Kind.FORBIDDEN, rejected(visitorMessage("m4", "AGENT_CLOSED", "", TOPIC, VISITOR), ME).kind());
        assertEquals(0, store.visibleCount(TOPIC) + store.visibleCount(OTHER_TOPIC));
        assertTrue(published.isEmpty());
    }

    @Test
    void anUnknownThreadIsRefused() {
        Rejected r = rejected(text("m1", "x", "org/workgroup/wg/nobody", "nobody"), Sender.visitor("nobody"));
        assertTrue(r.getMessage().startsWith("unknown thread topic"), r.getMessage());
        assertTrue(store.message("m1").isEmpty());
    }

    @Test
    void agentsMaySendSystemTypesOnAnyThread() throws Exception {
        String closed = agentText("c1", "bye").replace("\"type\":\"TEXT\"", "\"type\":\"AGENT_CLOSED\"");
        assertEquals(Handled.Outcome.STORED, chat.handle(closed, AGENT).outcome());
    }
}
