package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole conversation against a scripted server: connect, talk, lose the connection, fall
 * back to HTTP, reconnect (outbox replay, missed history), reload the page. No message lost,
 * none shown twice (RecordingListener fails on a second messageAdded for a uid).
 */
class WholeConversationTest {
    private long count(ChatFixture f, String type, String content) {
        return f.stompSent().stream()
                .filter(o -> type.equals(o.string("type")) && content.equals(o.string("content"))).count();
    }

    @Test
    void talkDisconnectReconnectReload() {
        ChatFixture f = new ChatFixture();
        f.openAndConnect();

        // Talk.
        f.conversation.sendText("hello");
        ChatMessage hello = f.ui.shown.get(1);
        f.echo(f.lastStompSent());
        assertEquals("SUCCESS", hello.status);
        f.deliver(f.fromAgent("a1", "TEXT", "Hi, how can I help?"));
        assertEquals(1, f.sounds);
        assertEquals(1, count(f, "READ", "a1"));
        f.deliver(f.fromAgent("r1", "READ", hello.uid));
        assertEquals("READ", hello.status);

        // The connection drops: sends fall back to HTTP; one succeeds, one fails.
        f.dropConnection();
        assertEquals("reconnecting", f.conversation.connectionState());
        f.conversation.sendText("are you there?");
        ChatMessage viaHttp = f.ui.shown.get(f.ui.shown.size() - 1);
        f.http.next("/message/send").ok("null");
        assertEquals("SUCCESS", viaHttp.status);
        f.conversation.sendText("still there?");
        ChatMessage failed = f.ui.shown.get(f.ui.shown.size() - 1);
        f.http.next("/message/send").answer(503, "");
        assertEquals("ERROR", failed.status);
        f.conversation.sendText("hello??");
        ChatMessage queued = f.ui.shown.get(f.ui.shown.size() - 1);
        f.http.next("/message/send").answer(0, "");
        assertEquals(failed.uid + "\n" + queued.uid, f.outboxInStore());

        // Reconnect: the outbox goes out in order, then the missed history is fetched.
        f.reconnect();
        assertEquals("online", f.conversation.connectionState());
        List<JsonObject> replay = f.stompSent();
        assertEquals(failed.uid, replay.get(replay.size() - 2).string("uid"));
        assertEquals(queued.uid, replay.get(replay.size() - 1).string("uid"));
        assertEquals("SENDING", failed.status);

        // While away the agent wrote a2 and a3; the page also holds known messages.
        String a2 = f.fromAgent("a2", "TEXT", "I am here");
        String viaHttpStored = f.message(viaHttp.uid, "TEXT", "are you there?", ChatFixture.VISITOR, "VISITOR");
        String a3 = f.fromAgent("a3", "TEXT", "Hello?");
        FakeHttp.Request missed = f.http.next("/message/thread/topic");
        assertEquals("0", missed.param("pageNumber"));
        missed.ok("{\"content\":[" + a3 + "," + viaHttpStored + "," + a2 + "],\"last\":false}");
        FakeHttp.Request older = f.http.next("/message/thread/topic");
        assertEquals("1", older.param("pageNumber"), "no known message yet: page on");
        older.ok("{\"content\":[" + f.fromAgent("a1", "TEXT", "Hi, how can I help?") + "],\"last\":false}");
        assertTrue(f.http.pending("/message/thread/topic").isEmpty(), "a1 was known: stop");

        // Echoes of the replay; one of them twice (the server answered the HTTP send late too).
        f.echo(replay.get(replay.size() - 2));
        f.echo(replay.get(replay.size() - 1));
        f.echo(replay.get(replay.size() - 1));
        assertEquals("SUCCESS", failed.status);
        assertEquals("SUCCESS", queued.status);
        assertEquals("", f.outboxInStore());

        assertEquals(List.of("first_WELCOME", hello.uid, "a1", "a2", viaHttp.uid, "a3", failed.uid, queued.uid),
                f.ui.uids());
        assertEquals(1, count(f, "READ", "a1"), "never twice");
        assertEquals(1, count(f, "READ", "a2"));
        assertEquals(1, count(f, "READ", "a3"));
        assertEquals(1, f.sounds, "missed messages are shown quietly");

        // Reload with one unsent message: same visitor, the message shows and goes out again.
        f.dropConnection();
        f.conversation.sendText("before reload");
        String pendingUid = f.ui.shown.get(f.ui.shown.size() - 1).uid;
        assertEquals(pendingUid, f.outboxInStore());

        ChatFixture page = f.reload();
        page.conversation.panelOpened();
        assertEquals(ChatFixture.VISITOR, page.json.parse(page.http.next("/init").body).string("uid"));
        page.answerInit();
        page.answerThread("CONTINUE");
        page.answerHistory(false, page.fromAgent("a3", "TEXT", "Hello?"), page.fromAgent("a2", "TEXT", "I am here"));
        assertEquals(pendingUid, page.ui.shown.get(page.ui.shown.size() - 1).uid, "the unsent message is shown");
        assertTrue(page.http.pending("/message/send").stream()
                .noneMatch(r -> "READ".equals(ChatFixture.inner(r).string("type"))), "receipts remembered across reloads");
        page.acceptStomp();
        JsonObject resent = page.lastStompSent();
        assertEquals(pendingUid, resent.string("uid"));
        assertEquals("before reload", resent.string("content"));
        page.echo(resent);
        assertEquals("SUCCESS", page.ui.find(pendingUid).status);
        assertEquals("", page.outboxInStore());
    }

    @Test
    void aMessageSentJustBeforeTheReloadIsConfirmedByHistory() {
        ChatFixture f = new ChatFixture();
        f.openAndConnect();
        f.conversation.sendText("did it arrive?");
        String uid = f.ui.shown.get(1).uid;
        JsonObject sent = f.lastStompSent();

        ChatFixture page = f.reload(); // the echo never came to the old page
        page.conversation.panelOpened();
        page.answerInit();
        page.answerThread("CONTINUE");
        JsonObject stored = page.json.parse(sent.stringify()).put("status", "SUCCESS").put("createdAt", "2026-11-25 17:00:00");
        page.answerHistory(true, stored.stringify());
        assertEquals("", page.outboxInStore(), "history showed the server has it");
        assertEquals(List.of(uid, "first_CONTINUE"), page.ui.uids());
        assertTrue(page.http.pending("/message/send").isEmpty());
    }

    @Test
    void reconnectingTwiceQuicklyStillShowsEachMessageOnce() {
        ChatFixture f = new ChatFixture();
        f.openAndConnect();
        String a1 = f.fromAgent("a1", "TEXT", "one");
        f.deliver(a1);
        for (int i = 0; i < 2; i++) {
            f.dropConnection();
            f.reconnect();
        }
        String a2 = f.fromAgent("a2", "TEXT", "two");
        for (FakeHttp.Request r : f.http.pending("/message/thread/topic")) {
            r.ok("{\"content\":[" + a2 + "," + a1 + "],\"last\":true}");
        }
        f.deliver(a2); // and live, too
        f.assertShown("first_WELCOME", "a1", "a2");
        assertEquals(1, count(f, "READ", "a2"));
    }

    @Test
    void theConnectionStatesAreReported() {
        ChatFixture f = new ChatFixture();
        f.openAndConnect();
        f.dropConnection();
        f.reconnect();
        f.conversation.stop();
        f.sockets.last().listener.onClose(1000, "");
        assertEquals(List.of("connecting", "online", "reconnecting", "online", "offline"), f.ui.connection);
    }

    @Test
    void aMessagePublishedBetweenHistoryAndSubscriptionIsNotMissed() {
        ChatFixture f = new ChatFixture();
        f.conversation.panelOpened();
        f.answerInit();
        f.answerThread("WELCOME");
        f.answerHistory(true);
        String gap = f.fromAgent("gap", "TEXT", "published before we subscribed");
        f.acceptStomp();
        f.answerHistory(true, gap);
        f.assertShown("first_WELCOME", "gap");
        assertEquals(1, count(f, "READ", "gap"));
    }
}
