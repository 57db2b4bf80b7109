package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import weiyu.widget.stomp.StompFrame;

/** init → thread → first message → history → STOMP connect → subscribe, as the seed and protocol.md say. */
class ConversationStartTest {
    private final ChatFixture f = new ChatFixture();

    @Test
    void nothingHappensBeforeThePanelOpens() {
        assertTrue(f.http.requests.isEmpty());
        assertTrue(f.sockets.opened.isEmpty());
    }

    @Test
    void firstOpenRunsTheWholeFlowInOrder() {
        f.conversation.panelOpened();
        FakeHttp.Request init = f.http.next("/visitor/api/v1/init");
        assertEquals("http://127.0.0.1:9003/visitor/api/v1/init", init.url);
        JsonObject request = f.json.parse(init.body);
        assertEquals(ChatFixture.ORG, request.string("orgUid"));
        assertEquals("wg1", request.string("sid"));
        assertEquals("1", request.string("type"));
        assertEquals("WEB_FLOAT", request.string("channel"));
        assertNull(request.string("uid"), "a first visit has no uid yet");
        f.answerInit();
        assertEquals(ChatFixture.VISITOR, f.store.get("weiyu.df_org_uid.uid"));

        FakeHttp.Request thread = f.http.next("/visitor/api/v1/thread");
        assertEquals(ChatFixture.VISITOR, f.json.parse(thread.body).string("uid"));
        f.answerThread("WELCOME");
        assertEquals(List.of("first_WELCOME"), f.ui.uids());
        assertEquals("header Alice https://x/a.png true", f.ui.events.get(0));

        FakeHttp.Request history = f.http.next("/message/thread/topic");
        assertEquals(ChatFixture.TOPIC, history.param("topic"));
        assertEquals("0", history.param("pageNumber"));
        assertEquals("20", history.param("pageSize"));
        assertEquals("createdAt", history.param("sortBy"));
        assertEquals(ChatFixture.ORG, history.param("orgUid"));
        assertTrue(f.sockets.opened.isEmpty(), "STOMP waits for history");
        f.answerHistory(true);

        assertEquals("ws://127.0.0.1:9003/stomp", f.sockets.last().url);
        f.acceptStomp();
        StompFrame connect = f.sockets.last().frames().get(0);
        assertEquals("CONNECT", connect.command());
        assertEquals(ChatFixture.VISITOR, connect.header("login"));
        StompFrame subscribe = f.sockets.last().frames().get(1);
        assertEquals("SUBSCRIBE", subscribe.command());
        assertEquals("/topic/" + ChatFixture.DOTTED, subscribe.header("destination"));
        assertEquals("client", subscribe.header("ack"));
        assertEquals(List.of("connecting", "online"), f.ui.connection);
        assertEquals("online", f.conversation.connectionState());
    }

    @Test
    void openingAgainDoesNotStartTwice() {
        f.conversation.panelOpened();
        f.conversation.panelClosed();
        f.conversation.panelOpened();
        f.conversation.start();
        assertEquals(1, f.http.count("/init"));
    }

    @Test
    void aReturningVisitorContinuesWithItsUid() {
        f.store.set("weiyu.df_org_uid.uid", "returning_7");
        ChatFixture page = f.reload();
        page.conversation.start();
        assertEquals("returning_7", page.json.parse(page.http.next("/init").body).string("uid"));
    }

    @Test
    void nobodyOnlineOffersTheLeaveMessageForm() {
        f.conversation.panelOpened();
        f.answerInit();
        f.answerThread("LEAVE_MSG");
        assertTrue(f.ui.events.contains("leaveMessageOffered"));
        assertTrue(!f.ui.online, "header shows offline");
        assertEquals(List.of("first_LEAVE_MSG"), f.ui.uids());
    }

    @Test
    void continueAndQueueAreShownAsTheFirstMessage() {
        f.conversation.panelOpened();
        f.answerInit();
        f.answerThread("QUEUE");
        assertEquals("QUEUE", f.ui.shown.get(0).type);
        assertEquals(ChatMessage.Sender.SYSTEM, f.ui.shown.get(0).sender);
        assertTrue(f.ui.online);
    }

    @Test
    void historyIsShownOldestFirstBeforeTheWelcome() {
        f.conversation.panelOpened();
        f.answerInit();
        f.answerThread("CONTINUE");
        String older = f.message("h1", "TEXT", "hi", ChatFixture.VISITOR, "VISITOR", "2026-11-24 10:00:00", "SUCCESS");
        String newer = f.message("h2", "TEXT", "hello", "agent_1", "AGENT", "2026-11-24 10:00:05", "SUCCESS");
        f.answerHistory(true, newer, older);
        f.assertShown("h1", "h2", "first_CONTINUE");
        assertEquals(ChatMessage.Sender.SELF, f.ui.find("h1").sender);
        assertEquals(ChatMessage.Sender.AGENT, f.ui.find("h2").sender);
        assertEquals(0, f.sounds, "history never rings");
    }

    @Test
    void failedInitIsRetriedWithBackoff() {
        f.conversation.panelOpened();
        f.http.next("/init").answer(0, "");
        assertEquals(List.of("connecting", "offline"), f.ui.connection);
        f.clock.advance(1999);
        assertEquals(1, f.http.count("/init"));
        f.clock.advance(1);
        assertEquals(2, f.http.count("/init"));
        f.http.next("/init").answer(200, "{\"code\":500,\"message\":\"busy\"}");
        f.clock.advance(4000);
        f.answerInit();
        f.answerThread("WELCOME");
        assertEquals(List.of("first_WELCOME"), f.ui.uids());
    }

    @Test
    void aBrokenHistoryDoesNotStopTheConversation() {
        f.conversation.panelOpened();
        f.answerInit();
        f.answerThread("WELCOME");
        f.http.next("/message/thread/topic").answer(502, "<html>");
        f.acceptStomp();
        assertEquals("online", f.conversation.connectionState());
    }

    @Test
    void headerFallsBackToTheRobotWorkgroupOrSender() {
        f.conversation.panelOpened();
        f.answerInit();
        String thread = "{\"uid\":\"th\",\"topic\":\"org/robot/r1/v1\",\"robot\":\"{\\\"nickname\\\":\\\"Bot\\\"}\"}";
        f.http.next("/thread").ok("{\"uid\":\"w\",\"type\":\"WELCOME\",\"thread\":" + thread
                + ",\"user\":{\"uid\":\"r1\",\"nickname\":\"ignored\"}}");
        assertEquals("header Bot null true", f.ui.events.get(0));
    }

    @Test
    void headerUsesTheSenderWhenTheThreadNamesNobody() {
        f.conversation.panelOpened();
        f.answerInit();
        f.http.next("/thread").ok("{\"uid\":\"w\",\"type\":\"WELCOME\",\"thread\":{\"topic\":\"org/agent/a/v1\"},"
                + "\"user\":{\"uid\":\"a\",\"nickname\":\"Bob\",\"avatar\":\"b.png\"}}");
        assertEquals("header Bob b.png true", f.ui.events.get(0));
        f.answerHistory(true);
        f.acceptStomp();
        assertEquals("/topic/org.agent.a.v1", f.sockets.last().frames().get(1).header("destination"));
    }

    @Test
    void aThreadWithoutTopicIsRetried() {
        f.conversation.panelOpened();
        f.answerInit();
        f.http.next("/thread").ok("{\"uid\":\"w\",\"type\":\"WELCOME\"}");
        f.clock.advance(Conversation.RESTART_FIRST_MS);
        f.answerThread("WELCOME");
        assertEquals(List.of("first_WELCOME"), f.ui.uids());
    }
}
