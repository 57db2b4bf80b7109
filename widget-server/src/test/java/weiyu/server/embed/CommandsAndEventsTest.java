package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;
import weiyu.server.TestMessages;
import weiyu.server.chat.Sender;
import weiyu.server.store.StoredMessage;
import weiyu.server.store.StoredVisitor;

/** weiyu('open' | 'close' | 'toggle' | 'send' | 'setUser' | 'on') on a page, against the real server. */
class CommandsAndEventsTest {
    static final String PATH = "/shop.html";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, EmbedPage.html(""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void openCloseAndToggleMoveThePanelAndRaiseEvents() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("ready", () -> p.events().contains("ready"));
            assertFalse(p.panelOpen());
            p.weiyu("'open'");
            assertTrue(p.panelOpen(), "open shows the panel");
            p.weiyu("'open'");
            p.weiyu("'close'");
            assertFalse(p.panelOpen(), "close hides it");
            p.weiyu("'toggle'");
            assertTrue(p.panelOpen());
            p.weiyu("'toggle'");
            assertFalse(p.panelOpen());
            p.part("launcher").click();
            assertTrue(p.panelOpen(), "the launcher raises the same events");
            List<String> panelEvents = p.events().stream().filter(e -> e.equals("open") || e.equals("close")).toList();
            assertEquals(List.of("open", "close", "open", "close", "open"), panelEvents, "opening twice raises one event");
            assertTrue(p.browser.scriptErrors.isEmpty(), p.browser.scriptErrors.toString());
        }
    }

    @Test
    void aReadyListenerAddedLateIsCalledAtOnce() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("ready", () -> p.events().contains("ready"));
            p.js("weiyu('on', 'ready', function () { events.push('late ready'); })");
            assertTrue(p.events().contains("late ready"), p.events().toString());
        }
    }

    @Test
    void sendDeliversATextTheServerStoresAndRaisesMessage() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.weiyu("'send', 'I have a question about order 42'");
            String uid = p.await("the visitor uid", p::visitorUid);
            String topic = "org/workgroup/" + EmbedPage.SID + "/" + uid;
            StoredMessage stored = p.await("the text stored on the server", () -> server.server().backend().store()
                    .history(topic, 0, 20).content().stream()
                    .filter(m -> m.content().equals("I have a question about order 42")).findFirst().orElse(null));
            assertEquals("TEXT", stored.type());
            assertTrue(p.events().contains("message self TEXT I have a question about order 42"), p.events().toString());
            assertFalse(p.panelOpen(), "sending from the page does not open the panel");
        }
    }

    @Test
    void agentMessagesReachMessageAndUnreadListeners() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            String uid = p.await("the visitor uid", p::visitorUid);
            p.await("the chat connected", () -> server.server().stompEndpoint().sessionCount() > 0);
            p.settle(300);
            String topic = "org/workgroup/" + EmbedPage.SID + "/" + uid;
            server.server().backend().chat().handle(
                    TestMessages.agentMessage("agent_m1", "TEXT", "您好，订单已发货", topic, "agent_lin"), Sender.agent("agent_lin"));
            p.await("the agent's message event", () -> p.events().contains("message agent TEXT 您好，订单已发货"));
            p.await("unread 1", () -> p.events().contains("unread 1"));
            assertEquals("1", p.part("badge").getTextContent().trim());
            p.weiyu("'open'");
            p.await("unread back to 0", () -> p.events().contains("unread 0"));
        }
    }

    @Test
    void setUserFieldsReachTheVisitorRecord() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            // The chat starts at load, so the visitor exists already: as after a sign-in on the site.
            String uid = p.await("the visitor uid", p::visitorUid);
            p.weiyu("'setUser', {nickname: 'Ann', email: 'a@example.com', avatar: 'https://example.com/ann.png', note: 42}");
            StoredVisitor v = p.await("the nickname on the server", () -> server.server().backend().store().visitor(uid)
                    .filter(stored -> stored.nickname().equals("Ann")).orElse(null));
            assertEquals("https://example.com/ann.png", v.avatar());
            assertTrue(v.details().contains("\"email\":\"a@example.com\""), v.details());
            assertFalse(v.details().contains("note"), "only string fields are taken: " + v.details());
        }
    }

    @Test
    void badCallsAreExplainedInTheConsoleNotThrown() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.js("weiyu('explode'); weiyu('send', ''); weiyu('on', 'hover', function () {});"
                    + " weiyu('on', 'ready', function () { throw new Error('page bug'); }); weiyu('open');");
            assertTrue(p.panelOpen(), "later calls still work");
            assertTrue(p.browser.scriptErrors.isEmpty(), p.browser.scriptErrors.toString());
        }
    }
}
