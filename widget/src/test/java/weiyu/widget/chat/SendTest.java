package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import weiyu.widget.stomp.StompFrame;

/** What the visitor sends, built as the seed builds it. */
class SendTest {
    private final ChatFixture f = new ChatFixture();

    @BeforeEach
    void connected() {
        f.openAndConnect();
    }

    private ChatMessage sentAndEchoed(String text) {
        f.conversation.sendText(text);
        f.echo(f.lastStompSent());
        return f.ui.shown.get(f.ui.shown.size() - 1);
    }

    private JsonObject extra(JsonObject sent) {
        return f.json.parse(sent.string("extra"));
    }

    @Test
    void textIsBuiltAsTheSeedBuildsIt() {
        f.conversation.sendText("请问什么时候发货？");
        StompFrame frame = f.sendFrames().get(0);
        assertEquals("/app/" + ChatFixture.DOTTED, frame.header("destination"));
        assertNull(frame.header("content-type"), "Spring drops SENDs marked application/json");
        JsonObject m = f.json.parse(frame.body());
        assertTrue(m.string("uid").matches("[0-9a-f]{32}"));
        assertEquals("TEXT", m.string("type"));
        assertEquals("请问什么时候发货？", m.string("content"));
        assertEquals("SENDING", m.string("status"));
        assertEquals("2026-11-25T10:00:00.000Z", m.string("createdAt"));
        assertEquals("WEB_FLOAT", m.string("channel"));
        assertEquals("{\"orgUid\":\"df_org_uid\"}", m.string("extra"));
        assertEquals(f.json.parse(ChatFixture.THREAD).stringify(), m.raw("thread"), "the thread object, untouched");
        JsonObject user = m.object("user");
        assertEquals(ChatFixture.VISITOR, user.string("uid"));
        assertEquals("访客", user.string("nickname"));
        assertEquals("", user.string("avatar"));
        assertEquals("VISITOR", user.string("type"));
        ChatMessage shown = f.ui.shown.get(1);
        assertEquals(m.string("uid"), shown.uid);
        assertEquals(ChatMessage.Sender.SELF, shown.sender);
    }

    @Test
    void blankTextIsNotSent() {
        f.conversation.sendText("  \n ");
        f.conversation.sendText(null);
        assertTrue(f.sendFrames().isEmpty());
    }

    @Test
    void imageIsUploadedThenSentWithItsUrlJson() {
        Object file = new Object();
        f.conversation.sendFile(file, "cat.png", "image/png", 2048, true);
        ChatMessage shown = f.ui.shown.get(1);
        assertEquals("IMAGE", shown.type);
        assertEquals("SENDING", shown.status);
        FakeHttp.Request upload = f.http.next("/visitor/api/v1/upload/file");
        assertTrue(upload.file == file);
        assertEquals("cat.png", upload.param("fileName"));
        assertEquals("image", upload.param("fileType"));
        assertEquals(ChatFixture.VISITOR, upload.param("visitorUid"));
        assertEquals(ChatFixture.ORG, upload.param("orgUid"));
        assertTrue(f.sendFrames().isEmpty(), "nothing is sent before the upload");
        upload.ok("{\"fileUrl\":\"https://cdn/cat.png\"}");
        JsonObject sent = f.lastStompSent();
        assertEquals("IMAGE", sent.string("type"));
        JsonObject content = f.json.parse(sent.string("content"));
        assertEquals("https://cdn/cat.png", content.string("url"));
        assertEquals("cat.png", content.string("label"));
        assertEquals("image/png", content.string("mimeType"));
        assertEquals(2048, content.integer("size", 0));
        assertEquals("cat.png", content.string("filename"));
        assertEquals(sent.string("content"), shown.content);
        f.echo(sent);
        assertEquals("SUCCESS", shown.status);
    }

    @Test
    void aFailedUploadIsShownAsFailedAndRetried() {
        f.conversation.sendFile("blob", "report.pdf", "application/pdf", 10, false);
        ChatMessage shown = f.ui.shown.get(1);
        f.http.next("/upload/file").answer(413, "");
        assertEquals("ERROR", shown.status);
        assertEquals(List.of("sendFailed"), f.ui.toasts);
        f.conversation.retry(shown.uid);
        assertEquals("SENDING", shown.status);
        FakeHttp.Request again = f.http.next("/upload/file");
        assertEquals("file", again.param("fileType"));
        again.ok("{\"fileUrl\":\"https://cdn/r.pdf\"}");
        assertEquals("FILE", f.lastStompSent().string("type"));
    }

    @Test
    void anUploadThatFailedInAnOutageIsRetriedWhenTheConnectionIsBack() {
        f.conversation.sendFile("blob", "photo.jpg", "image/jpeg", 10, true);
        ChatMessage failed = f.ui.shown.get(1);
        f.dropConnection();
        f.http.next("/upload/file").answer(0, ""); // the network is down
        assertEquals("ERROR", failed.status);
        f.conversation.sendFile("blob2", "second.jpg", "image/jpeg", 10, true);
        ChatMessage inFlight = f.ui.shown.get(2);

        f.reconnect();
        assertEquals("SENDING", failed.status, "retried by itself");
        List<FakeHttp.Request> uploads = f.http.pending("/upload/file");
        assertEquals(2, uploads.size(), "the failed one again; the one in flight not twice");
        assertEquals("blob2", uploads.get(0).file);
        assertEquals("blob", uploads.get(1).file);
        uploads.get(1).ok("{\"fileUrl\":\"https://cdn/photo.jpg\"}");
        uploads.get(0).ok("{\"fileUrl\":\"https://cdn/second.jpg\"}");
        List<String> sent = f.sendFrames().stream().map(fr -> f.json.parse(fr.body()))
                .filter(m -> "IMAGE".equals(m.string("type"))).map(m -> m.string("uid")).toList();
        assertEquals(List.of(failed.uid, inFlight.uid), sent);
    }

    @Test
    void ratingCarriesScoreResolvedAndComment() {
        f.conversation.rate(4, true, "quick");
        JsonObject sent = f.lastStompSent();
        assertEquals("RATE_SUBMIT", sent.string("type"));
        assertEquals("th_01", sent.string("content"));
        JsonObject extra = extra(sent);
        assertEquals(4, extra.integer("score", 0));
        assertTrue(extra.bool("resolved", false));
        assertEquals("quick", extra.string("content"));
        assertEquals("quick", extra.string("comment"));
        assertEquals(ChatFixture.ORG, extra.string("orgUid"));
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        f.conversation.rate(0, true, "");
        f.conversation.rate(6, true, "");
        assertTrue(f.sendFrames().isEmpty());
    }

    @Test
    void leaveMessageCarriesTheForm() {
        f.conversation.leaveMessage("Ann", "ann@example.com", "please call");
        JsonObject sent = f.lastStompSent();
        assertEquals("LEAVE_MSG_SUBMIT", sent.string("type"));
        assertEquals(sent.string("uid"), sent.string("content"));
        JsonObject extra = extra(sent);
        assertEquals(sent.string("uid"), extra.string("uid"));
        assertEquals("Ann", extra.string("nickname"));
        assertEquals("ann@example.com", extra.string("contact"));
        assertEquals("please call", extra.string("content"));
        assertEquals(0, extra.arrayLength("images"));
        assertEquals(ChatFixture.ORG, extra.string("orgUid"));
    }

    @Test
    void recallWithinTwoMinutes() {
        ChatMessage mine = sentAndEchoed("typo");
        f.clock.advance(119000);
        f.conversation.recall(mine.uid);
        JsonObject sent = f.lastStompSent();
        assertEquals("RECALL", sent.string("type"));
        assertEquals(mine.uid, sent.string("content"));
    }

    @Test
    void recallAfterTwoMinutesIsRefused() {
        ChatMessage mine = sentAndEchoed("old");
        f.clock.advance(120001);
        f.conversation.recall(mine.uid);
        assertEquals(1, f.sendFrames().size());
        assertEquals(List.of("recallExpired"), f.ui.toasts);
    }

    @Test
    void onlyOwnMessagesCanBeRecalled() {
        f.deliver(f.fromAgent("a1", "TEXT", "agent's"));
        int before = f.sendFrames().size();
        f.conversation.recall("a1");
        f.conversation.recall("nope");
        assertEquals(before, f.sendFrames().size());
    }

    @Test
    void typingIsThrottledAndNeverStored() {
        f.conversation.typing();
        f.conversation.typing();
        f.clock.advance(2999);
        f.conversation.typing();
        f.clock.advance(1);
        f.conversation.typing();
        assertEquals(List.of("TYPING ", "TYPING "), f.stompSentSummary());
        assertEquals("", f.outboxInStore());
        assertEquals(1, f.ui.shown.size());
    }

    @Test
    void typingIsNotSentWhileDisconnected() {
        f.dropConnection();
        f.conversation.typing();
        assertEquals(0, f.http.count("/message/send"));
    }

    @Test
    void aSendWithNoEchoIsShownFailedAndCanBeRetried() {
        f.conversation.sendText("lost?");
        ChatMessage mine = f.ui.shown.get(1);
        f.clock.advance(Delivery.ECHO_TIMEOUT_MS);
        assertEquals("ERROR", mine.status);
        assertEquals(List.of("sendFailed"), f.ui.toasts);
        f.conversation.retry(mine.uid);
        assertEquals("SENDING", mine.status);
        assertEquals(2, f.sendFrames().size());
        assertEquals(f.stompSent().get(0).string("uid"), f.stompSent().get(1).string("uid"), "the same uid: the server dedupes");
        f.echo(f.lastStompSent());
        assertEquals("SUCCESS", mine.status);
        f.clock.advance(Delivery.ECHO_TIMEOUT_MS);
        assertEquals("SUCCESS", mine.status);
    }

    @Test
    void messagesTypedBeforeTheThreadAreSentInOrderOnceItExists() {
        ChatFixture early = new ChatFixture();
        early.conversation.panelOpened();
        early.conversation.sendText("one");
        early.conversation.sendText("two");
        early.answerInit();
        early.answerThread("WELCOME");
        early.answerHistory(true);
        List<FakeHttp.Request> sends = early.http.pending("/message/send");
        assertEquals(2, sends.size(), "not connected yet: the HTTP fallback");
        assertEquals("one", ChatFixture.inner(sends.get(0)).string("content"));
        assertEquals("th_01", ChatFixture.inner(sends.get(0)).object("thread").string("uid"));
        assertEquals(ChatFixture.VISITOR, ChatFixture.inner(sends.get(1)).object("user").string("uid"));
        early.assertShown("first_WELCOME", early.ui.shown.get(1).uid, early.ui.shown.get(2).uid);
    }

    @Test
    void aFileChosenBeforeInitUploadsOnceTheVisitorIsKnown() {
        ChatFixture early = new ChatFixture();
        early.conversation.panelOpened();
        early.conversation.sendFile("blob", "a.txt", "text/plain", 3, false);
        assertTrue(early.http.pending("/upload/file").isEmpty());
        assertEquals("SENDING", early.ui.shown.get(0).status);
        early.answerInit();
        assertEquals(ChatFixture.VISITOR, early.http.next("/upload/file").param("visitorUid"));
        early.conversation.retry(early.ui.shown.get(0).uid);
        assertEquals(1, early.http.pending("/upload/file").size(), "one upload at a time");
    }
}
