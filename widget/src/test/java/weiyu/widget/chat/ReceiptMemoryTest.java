package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One READ receipt per uid, ever: across reconnects, history reloads and page reloads. */
class ReceiptMemoryTest {
    private static long receipts(ChatFixture f, String uid) {
        long overStomp = f.stompSent().stream()
                .filter(o -> "READ".equals(o.string("type")) && uid.equals(o.string("content"))).count();
        long overHttp = f.http.requests.stream().filter(r -> r.url.endsWith("/message/send"))
                .map(ChatFixture::inner)
                .filter(o -> "READ".equals(o.string("type")) && uid.equals(o.string("content"))).count();
        return overStomp + overHttp;
    }

    @Test
    void aReloadedPageDoesNotReceiptAgain() {
        ChatFixture f = new ChatFixture();
        f.openAndConnect();
        String a1 = f.fromAgent("a1", "TEXT", "hi");
        f.deliver(a1);
        assertEquals(1, receipts(f, "a1"));

        ChatFixture page = f.reload();
        page.conversation.panelOpened();
        page.answerInit();
        page.answerThread("CONTINUE");
        page.answerHistory(true, a1);
        page.acceptStomp();
        page.deliver(a1);
        assertEquals(0, receipts(page, "a1"));
        assertEquals(0, page.sounds, "a known uid does not ring again");
    }

    @Test
    void historyMessagesAlreadyReadGetNoReceipt() {
        ChatFixture f = new ChatFixture();
        f.conversation.panelOpened();
        f.answerInit();
        f.answerThread("CONTINUE");
        f.answerHistory(true, f.message("old", "TEXT", "x", "agent_1", "AGENT", "2026-11-01 10:00:00", "READ"));
        f.acceptStomp();
        assertEquals(0, receipts(f, "old"));
    }

    @Test
    void missedMessagesCountAsUnreadWhileClosed() {
        ChatFixture f = new ChatFixture();
        f.openAndConnect();
        f.conversation.panelClosed();
        f.dropConnection();
        f.reconnect();
        f.answerHistory(true, f.fromAgent("m2", "TEXT", "b"), f.fromAgent("m1", "TEXT", "a"),
                f.fromAgent("first_WELCOME", "WELCOME", "您好"));
        assertEquals(2, f.ui.unread);
        assertEquals(0, f.sounds);
        assertEquals(1, receipts(f, "m1"));
        assertEquals(1, receipts(f, "m2"));
    }
}
