package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import weiyu.widget.stomp.StompFrame;

/** The seed's handleReceivedMessage, rule by rule. */
class ReceiveRulesTest {
    private final ChatFixture f = new ChatFixture();

    @BeforeEach
    void connected() {
        f.openAndConnect();
    }

    private ChatMessage sendText(String text) {
        f.conversation.sendText(text);
        return f.ui.shown.get(f.ui.shown.size() - 1);
    }

    private long receipts() {
        return f.stompSent().stream().filter(o -> "READ".equals(o.string("type"))).count();
    }

    @Test
    void ownEchoMarksSuccessWithoutSoundOrReceipt() {
        ChatMessage mine = sendText("hello");
        assertEquals("SENDING", mine.status);
        f.echo(f.lastStompSent());
        assertEquals("SUCCESS", mine.status);
        assertEquals(0, f.sounds);
        assertEquals(0, receipts());
        assertEquals(2, f.ui.shown.size(), "welcome and the message, once");
        assertEquals("2026-11-25 18:00:01", mine.createdAt, "server time replaces the browser's");
    }

    @Test
    void readAndDeliveredUpdateTheTargetAndReadIsNeverDowngraded() {
        ChatMessage mine = sendText("hello");
        f.echo(f.lastStompSent());
        f.deliver(f.fromAgent("r1", "DELIVERED", mine.uid));
        assertEquals("DELIVERED", mine.status);
        f.deliver(f.fromAgent("r2", "READ", mine.uid));
        assertEquals("READ", mine.status);
        f.deliver(f.fromAgent("r3", "DELIVERED", mine.uid));
        assertEquals("READ", mine.status);
        assertEquals(2, f.ui.shown.size(), "receipts are not lines");
        assertEquals(0, f.sounds);
        assertEquals(0, receipts());
    }

    @Test
    void typingShowsAndHidesAfterAFewSeconds() {
        f.deliver(f.fromAgent("t1", "TYPING", ""));
        assertTrue(f.ui.typing);
        f.clock.advance(3000);
        f.deliver(f.fromAgent("t2", "TYPING", ""));
        f.clock.advance(4999);
        assertTrue(f.ui.typing, "each TYPING extends it");
        f.clock.advance(1);
        assertFalse(f.ui.typing);
        assertEquals(List.of("header Alice https://x/a.png true", "typing true", "typing false"), f.ui.events);
        assertEquals(1, f.ui.shown.size());
    }

    @Test
    void typingHidesOnTheNextMessage() {
        f.deliver(f.fromAgent("t1", "TYPING", ""));
        f.deliver(f.fromAgent("a1", "TEXT", "here"));
        assertFalse(f.ui.typing);
    }

    @Test
    void processingShowsUntilTheNextMessage() {
        f.deliver(f.fromAgent("p1", "PROCESSING", ""));
        assertTrue(f.ui.processing);
        f.deliver(f.fromAgent("a1", "TEXT", "answer"));
        assertFalse(f.ui.processing);
    }

    @Test
    void recallFromTheAgentReplacesTheMessage() {
        f.deliver(f.fromAgent("a1", "TEXT", "oops"));
        f.deliver(f.fromAgent("rc", "RECALL", "a1"));
        ChatMessage m = f.ui.find("a1");
        assertEquals("RECALL", m.type);
        assertEquals("RECALL", m.status);
        assertEquals("", m.content);
        assertNull(f.ui.find("rc"));
    }

    @Test
    void transfersAreIgnored() {
        for (String type : new String[] {"TRANSFER", "TRANSFER_ACCEPT", "TRANSFER_REJECT"}) {
            f.deliver(f.fromAgent("x_" + type, type, "{}"));
        }
        assertEquals(1, f.ui.shown.size());
        assertEquals(0, f.sounds);
        assertEquals(0, receipts());
    }

    @Test
    void inviteVisitorRaisesThePageEventWithoutSound() {
        f.deliver(f.fromAgent("inv", "INVITE_VISITOR", "come"));
        assertEquals(1, f.invitations.size());
        assertEquals("inv", f.invitations.get(0).uid);
        assertEquals(0, f.sounds);
        assertEquals(ChatMessage.Sender.SYSTEM, f.ui.find("inv").sender);
    }

    @Test
    void closingsShowWithoutSoundAndOfferRating() {
        f.deliver(f.fromAgent("c1", "AUTO_CLOSED", "closed"));
        f.deliver(f.fromAgent("c2", "AGENT_CLOSED", "closed"));
        assertEquals(0, f.sounds);
        assertEquals(3, f.ui.shown.size());
        assertEquals(2, f.ui.events.stream().filter("rateOffered"::equals).count());
    }

    @Test
    void rateInviteOffersRating() {
        f.deliver(f.fromAgent("ri", "RATE_INVITE", ""));
        assertTrue(f.ui.events.contains("rateOffered"));
    }

    @Test
    void agentTextRingsAndIsReceiptedOnce() {
        String text = f.fromAgent("a1", "TEXT", "hi");
        f.deliver(text);
        assertEquals(1, f.sounds);
        JsonObject receipt = f.lastStompSent();
        assertEquals("READ", receipt.string("type"));
        assertEquals("a1", receipt.string("content"));
        assertEquals("SENDING", receipt.string("status"));
        assertEquals(ChatFixture.VISITOR, receipt.object("user").string("uid"));
        assertEquals("th_01", receipt.object("thread").string("uid"));
        f.deliver(text); // delivered again
        assertEquals(1, receipts());
        assertEquals(1, f.sounds);
        assertEquals(2, f.ui.shown.size());
    }

    @Test
    void theOwnReceiptEchoIsNotALine() {
        f.deliver(f.fromAgent("a1", "TEXT", "hi"));
        f.echo(f.lastStompSent());
        assertEquals(2, f.ui.shown.size());
    }

    @Test
    void mutedVisitorsHearNothingAndTheChoiceIsKept() {
        f.conversation.setSoundEnabled(false);
        f.deliver(f.fromAgent("a1", "TEXT", "hi"));
        assertEquals(0, f.sounds);
        assertEquals(1, receipts(), "muting does not stop receipts");
        assertFalse(f.reload().conversation.soundEnabled());
        f.conversation.setSoundEnabled(true);
        f.deliver(f.fromAgent("a2", "TEXT", "hi"));
        assertEquals(1, f.sounds);
        assertTrue(f.reload().conversation.soundEnabled());
    }

    @Test
    void unknownTypesBecomeANeutralSystemLine() {
        f.deliver(f.fromAgent("u1", "HOLOGRAM", "{\"x\":1}"));
        assertEquals(ChatMessage.Sender.SYSTEM, f.ui.find("u1").sender);
        assertEquals(0, receipts());
    }

    @Test
    void malformedBodiesAreSkippedAndStillAcknowledged() {
        f.deliver("not json");
        f.deliver("{\"type\":\"TEXT\"}");
        f.deliver("[1,2]");
        assertEquals(1, f.ui.shown.size());
        long acks = f.sockets.last().frames().stream().filter(fr -> fr.command().equals("ACK")).count();
        assertEquals(3, acks);
    }

    @Test
    void everyMessageIsAcknowledged() {
        f.deliver(f.fromAgent("a1", "TEXT", "hi"));
        StompFrame last = f.sockets.last().frames().get(f.sockets.last().frames().size() - 1);
        assertEquals("ACK", last.command());
    }

    @Test
    void ownRateSubmitEchoToastsRated() {
        f.conversation.rate(5, true, "great");
        f.echo(f.lastStompSent());
        assertEquals(List.of("rated"), f.ui.toasts);
        assertEquals("", f.outboxInStore());
        assertEquals(1, f.ui.shown.size(), "a rating is not a line");
    }

    @Test
    void ownLeaveMessageEchoToastsMessageLeft() {
        f.conversation.leaveMessage("Ann", "ann@example.com", "call me");
        f.echo(f.lastStompSent());
        assertEquals(List.of("messageLeft"), f.ui.toasts);
        assertEquals("", f.outboxInStore());
    }

    @Test
    void ownRecallEchoRecallsLocally() {
        ChatMessage mine = sendText("typo");
        f.echo(f.lastStompSent());
        f.conversation.recall(mine.uid);
        assertEquals("SUCCESS", mine.status, "nothing changes before the server agrees");
        f.echo(f.lastStompSent());
        assertEquals("RECALL", mine.status);
        assertEquals("RECALL", mine.type);
    }

    @Test
    void unreadCountsMessagesFromOthersWhileClosed() {
        f.conversation.panelClosed();
        f.deliver(f.fromAgent("a1", "TEXT", "one"));
        f.deliver(f.fromAgent("t", "TYPING", ""));
        f.deliver(f.fromAgent("a2", "TEXT", "two"));
        assertEquals(2, f.ui.unread);
        assertEquals(2, f.conversation.unreadCount());
        f.conversation.panelOpened();
        assertEquals(0, f.ui.unread);
        f.deliver(f.fromAgent("a3", "TEXT", "three"));
        assertEquals(0, f.ui.unread);
    }

    @Test
    void ownMessagesFromAnotherTabAreShownOnce() {
        f.deliver(f.message("other_tab", "TEXT", "hi", ChatFixture.VISITOR, "VISITOR"));
        assertEquals(ChatMessage.Sender.SELF, f.ui.find("other_tab").sender);
        assertEquals("SUCCESS", f.ui.find("other_tab").status);
        assertEquals(0, f.sounds);
    }

    @Test
    void aFailingPageHookDoesNotBreakTheConversation() {
        ChatFixture g = new ChatFixture();
        g.conversation.setPageEvents(m -> {
            throw new IllegalStateException("page bug");
        });
        g.openAndConnect();
        g.deliver(g.fromAgent("inv", "INVITE_VISITOR", ""));
        g.deliver(g.fromAgent("a1", "TEXT", "after"));
        assertEquals(3, g.ui.shown.size());
    }

    @Test
    void aReceiptConfirmsAMessageWhoseEchoWasLost() {
        ChatMessage mine = sendText("echo lost");
        f.deliver(f.fromAgent("r1", "READ", mine.uid));
        assertEquals("READ", mine.status);
        assertEquals("", f.outboxInStore());
        f.dropConnection();
        f.reconnect();
        assertEquals("READ", mine.status, "not replayed, not downgraded");
        assertEquals(1, f.stompSent().size());
    }

    @Test
    void aLateSecondConfirmationDoesNotToastAgain() {
        f.conversation.rate(5, true, "");
        JsonObject rating = f.lastStompSent();
        f.echo(rating);
        f.echo(rating);
        assertEquals(List.of("rated"), f.ui.toasts);
    }
}
