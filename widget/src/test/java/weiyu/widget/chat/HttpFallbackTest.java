package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's HTTP降级处理: while STOMP is down, POST /message/send with {"json": "..."}. */
class HttpFallbackTest {
    private final ChatFixture f = new ChatFixture();

    @BeforeEach
    void connectedThenDropped() {
        f.openAndConnect();
        f.dropConnection();
        assertEquals("reconnecting", f.conversation.connectionState());
    }

    @Test
    void sendGoesThroughHttpAndA200MeansSuccess() {
        f.conversation.sendText("via http");
        ChatMessage mine = f.ui.shown.get(1);
        FakeHttp.Request send = f.http.next("/visitor/api/v1/message/send");
        assertEquals("POST", send.method);
        JsonObject body = f.json.parse(send.body);
        JsonObject inner = f.json.parse(body.string("json"));
        assertEquals(mine.uid, inner.string("uid"));
        assertEquals("SENDING", inner.string("status"));
        assertTrue(f.outboxInStore().contains(mine.uid), "kept until the server has it");
        send.ok("null");
        assertEquals("SUCCESS", mine.status);
        assertEquals("", f.outboxInStore());
        assertTrue(f.ui.toasts.isEmpty());
    }

    @Test
    void theServersCopyGivesItsTime() {
        f.conversation.sendText("x");
        FakeHttp.Request send = f.http.next("/message/send");
        JsonObject stored = ChatFixture.inner(send).put("status", "SUCCESS").put("createdAt", "2026-11-25 18:30:00");
        send.ok(stored.stringify());
        assertEquals("2026-11-25 18:30:00", f.ui.shown.get(1).createdAt);
    }

    @Test
    void aRefusedSendIsShownFailedAndStaysQueued() {
        f.conversation.sendText("refused");
        ChatMessage mine = f.ui.shown.get(1);
        f.http.next("/message/send").answer(200, "{\"message\":\"thread closed\",\"code\":400,\"data\":null}");
        assertEquals("ERROR", mine.status);
        assertEquals(List.of("sendFailed"), f.ui.toasts);
        assertTrue(f.outboxInStore().contains(mine.uid));
    }

    @Test
    void aNetworkErrorIsShownFailedAndRetryWorks() {
        f.conversation.sendText("flaky");
        ChatMessage mine = f.ui.shown.get(1);
        f.http.next("/message/send").answer(0, "");
        assertEquals("ERROR", mine.status);
        f.conversation.retry(mine.uid);
        assertEquals("SENDING", mine.status);
        f.http.next("/message/send").ok("null");
        assertEquals("SUCCESS", mine.status);
    }

    @Test
    void ratingByHttpToastsRated() {
        f.conversation.rate(5, false, "");
        f.http.next("/message/send").ok("null");
        assertEquals(List.of("rated"), f.ui.toasts);
    }

    @Test
    void leaveMessageByHttpToastsMessageLeft() {
        f.conversation.leaveMessage("A", "a@b.c", "hi");
        f.http.next("/message/send").ok("null");
        assertEquals(List.of("messageLeft"), f.ui.toasts);
    }

    @Test
    void receiptsForHistoryBeforeStompConnectsUseHttp() {
        ChatFixture page = new ChatFixture();
        page.conversation.panelOpened();
        page.answerInit();
        page.answerThread("CONTINUE");
        page.answerHistory(true, page.fromAgent("h_agent", "TEXT", "unread"));
        FakeHttp.Request receipt = page.http.next("/message/send");
        assertEquals("READ", ChatFixture.inner(receipt).string("type"));
        assertEquals("h_agent", ChatFixture.inner(receipt).string("content"));
        receipt.ok("null");
        page.assertShown("first_CONTINUE", "h_agent");
    }

    @Test
    void oneMessageIsNeverInTwoRequestsAtOnce() {
        f.conversation.sendText("once");
        ChatMessage mine = f.ui.shown.get(1);
        f.conversation.retry(mine.uid);
        assertEquals(1, f.http.pending("/message/send").size());
    }

    @Test
    void aSendNotEchoedWhenTheSocketDiesGoesThroughHttp() {
        ChatFixture g = new ChatFixture();
        g.openAndConnect();
        g.conversation.sendText("in flight");
        ChatMessage mine = g.ui.shown.get(1);
        g.dropConnection();
        FakeHttp.Request send = g.http.next("/message/send");
        assertEquals(mine.uid, ChatFixture.inner(send).string("uid"));
        send.ok("null");
        assertEquals("SUCCESS", mine.status);
        g.reconnect();
        assertEquals(1, g.sendFrames().size(), "confirmed: not replayed");
    }

    @Test
    void replaysDuringAnOutageFailQuietly() {
        f.conversation.sendText("during outage");
        f.http.next("/message/send").answer(503, "");
        assertEquals(List.of("sendFailed"), f.ui.toasts);
        for (int attempt = 0; attempt < 3; attempt++) {
            int before = f.sockets.opened.size();
            while (f.sockets.opened.size() == before) {
                f.clock.advance(100);
            }
            f.dropConnection(); // the attempt fails: replay over HTTP, which fails too
            f.http.next("/message/send").answer(503, "");
        }
        assertEquals(List.of("sendFailed"), f.ui.toasts, "one toast, not one per attempt");
        assertEquals("ERROR", f.ui.shown.get(1).status);
    }
}
