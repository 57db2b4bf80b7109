package weiyu.server.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.Browser;
import weiyu.server.RunningServer;
import weiyu.server.StompWsClient;
import weiyu.server.TestJson;
import weiyu.server.TestMessages;
import weiyu.server.visitor.ApiClient;
import weiyu.widget.stomp.StompFrame;

/**
 * The agent page itself in HtmlUnit, served by widget-server over HTTP (HtmlUnit runs timers
 * only there): sign in, see a visitor's thread appear, open it, reply with Enter, see the
 * visitor's typing, read receipt and rating, close the thread. The visitor is a JVM STOMP client.
 */
class AgentPageBrowserTest {
    static final String ORG = "df_org_uid";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static DomElement find(HtmlPage page, String selector) {
        return page.querySelector(selector);
    }

    private static String text(HtmlPage page, String selector) {
        DomElement e = page.querySelector(selector);
        return e == null ? null : e.getTextContent();
    }

    /** Opens the page and signs in as the demo agent; returns once its STOMP connection is up. */
    private static HtmlPage signIn(Browser browser) throws Exception {
        HtmlPage page = browser.open(server.url("/agent"));
        browser.await("the sign-in form", () -> !find(page, "#signin").hasAttribute("hidden"));
        page.<HtmlInput>querySelector("#signin-uid").type("agent_lin");
        page.<HtmlInput>querySelector("#signin-password").type("demo-agent-pass");
        find(page, "#signin-button").click();
        browser.await("the STOMP connection", () -> "connected".equals(find(page, "#connection").getAttribute("data-state")));
        return page;
    }

    @Test
    void anAgentSignsInAndRepliesToAVisitor() throws Exception {
        ApiClient visitorApi = new ApiClient(server);
        try (Browser browser = new Browser()) {
            HtmlPage page = signIn(browser);
            assertEquals("小林 · agent_lin", text(page, "#agent-name"));

            String visitor = visitorApi.newVisitor(ORG);
            var thread = visitorApi.openThread(ORG, "df_wg_uid", visitor);
            assertEquals("WELCOME", thread.text("data.type"), "the page's connection makes the agent online");
            String topic = thread.text("data.thread.topic");
            String dotted = topic.replace('/', '.');
            try (StompWsClient visitorSide = StompWsClient.connect(server.origin(), visitor, null)) {
                visitorSide.subscribe("t", "/topic/" + dotted);
                String question = "v1-" + visitor;
                visitorSide.send("/app/" + dotted, TestMessages.text(question, "请问什么时候发货？<b>urgent</b>", topic, visitor));

                String threadButton = "button[data-topic=\"" + topic + "\"]";
                browser.await("the new thread in the list", () -> find(page, threadButton) != null);
                assertEquals("1", text(page, threadButton + " .badge"), "one unread message");
                find(page, threadButton).click();
                browser.await("the visitor's message", () -> find(page, ".msg--visitor .msg-bubble") != null);
                assertEquals("请问什么时候发货？<b>urgent</b>", text(page, ".msg--visitor .msg-bubble"), "data is text, never markup");
                StompFrame read = visitorSide.awaitMessage("/topic/" + dotted, "\"type\":\"READ\"", 5);
                assertEquals(question, TestJson.text(TestJson.parse(read.body()), "content"), "the agent page reads what it shows");

                HtmlTextArea composer = page.querySelector("#composer-input");
                composer.type("今天下午发货");
                composer.type(KeyboardEvent.DOM_VK_RETURN);
                StompFrame reply = visitorSide.awaitMessage("/topic/" + dotted, "今天下午发货", 5);
                Object replyJson = TestJson.parse(reply.body());
                assertEquals("TEXT", TestJson.text(replyJson, "type"));
                assertEquals("AGENT", TestJson.text(replyJson, "user.type"));
                assertEquals("agent_lin", TestJson.text(replyJson, "user.uid"));
                assertEquals(topic, TestJson.text(replyJson, "thread.topic"));
                assertTrue(TestJson.text(replyJson, "uid").matches("[0-9a-f]{32}"));
                assertEquals("", composer.getText(), "Enter sent the reply and emptied the composer");
                browser.await("the echo marks the reply sent",
                        () -> "SUCCESS".equals(find(page, ".msg--agent .msg-status").getAttribute("data-status")));

                visitorSide.send("/app/" + dotted, TestMessages.visitorMessage("v2-" + visitor, "TYPING", "", topic, visitor));
                browser.await("the typing line", () -> !find(page, "#typing").hasAttribute("hidden"));
                String replyUid = TestJson.text(replyJson, "uid");
                visitorSide.send("/app/" + dotted, TestMessages.visitorMessage("v3-" + visitor, "READ", replyUid, topic, visitor));
                browser.await("the read tick", () -> "READ".equals(find(page, ".msg--agent .msg-status").getAttribute("data-status")));

                String rating = TestMessages.visitorMessage("v4-" + visitor, "RATE_SUBMIT", "", topic, visitor)
                        .replace("\"extra\":\"{\\\"orgUid\\\":\\\"df_org_uid\\\"}\"",
                                "\"extra\":\"{\\\"score\\\":4,\\\"comment\\\":\\\"很快\\\",\\\"orgUid\\\":\\\"df_org_uid\\\"}\"");
                visitorSide.send("/app/" + dotted, rating);
                browser.await("the rating line", () -> text(page, ".sysline--rate-submit") != null);
                assertTrue(text(page, ".sysline--rate-submit").contains("★★★★☆ 4 分"), text(page, ".sysline--rate-submit"));

                find(page, "#close-thread").click();
                find(page, "#close-thread").click();
                StompFrame closed = visitorSide.awaitMessage("/topic/" + dotted, "AGENT_CLOSED", 5);
                assertEquals("AGENT", TestJson.text(TestJson.parse(closed.body()), "user.type"));
                browser.await("the thread marked closed", () -> find(page, threadButton + ".thread--closed") != null);
            }
            assertEquals(0, browser.scriptErrors.size(), browser.scriptErrors.toString());
        }
    }

    @Test
    void aLongThreadShowsItsNewestPageThenEarlierOnesOnRequest() throws Exception {
        ApiClient visitorApi = new ApiClient(server);
        String visitor = visitorApi.newVisitor(ORG);
        String topic = visitorApi.openThread(ORG, "df_wg_uid", visitor).text("data.thread.topic");
        for (int i = 0; i < 60; i++) {
            assertEquals(200, visitorApi.sendMessage(TestMessages.text("m" + i + "-" + visitor, "line " + i, topic, visitor)).status());
        }
        try (Browser browser = new Browser()) {
            HtmlPage page = signIn(browser);
            String threadButton = "button[data-topic=\"" + topic + "\"]";
            browser.await("the thread", () -> find(page, threadButton) != null);
            find(page, threadButton).click();
            browser.await("the newest page", () -> page.querySelectorAll(".msg--visitor").size() == 50);
            assertEquals("line 10", text(page, ".msg--visitor .msg-bubble"));
            find(page, ".load-older button").click();
            browser.await("the earlier messages", () -> page.querySelectorAll(".msg--visitor").size() == 60);
            var bubbles = page.querySelectorAll(".msg--visitor .msg-bubble");
            for (int i = 0; i < 60; i++) {
                assertEquals("line " + i, bubbles.get(i).getTextContent(), "in order");
            }
            assertEquals(null, find(page, ".load-older"), "nothing older is left");
            assertEquals(0, browser.scriptErrors.size(), browser.scriptErrors.toString());
        }
    }

    @Test
    void visitorDataNeverBecomesMarkupAndOnlyWebLinksAreLinks() throws Exception {
        ApiClient visitorApi = new ApiClient(server);
        String visitor = visitorApi.newVisitor(ORG);
        String topic = visitorApi.openThread(ORG, "df_wg_uid", visitor).text("data.thread.topic");
        String hostile = "<img src=x onerror=alert(1)> javascript:alert(2) see https://shop.example/a?b=1, or mailto:help@shop.example";
        visitorApi.sendMessage(TestMessages.text("x-" + visitor, hostile, topic, visitor));
        try (Browser browser = new Browser()) {
            HtmlPage page = signIn(browser);
            String threadButton = "button[data-topic=\"" + topic + "\"]";
            browser.await("the thread", () -> find(page, threadButton) != null);
            find(page, threadButton).click();
            browser.await("the message", () -> find(page, ".msg--visitor .msg-bubble") != null);
            assertEquals(hostile, text(page, ".msg--visitor .msg-bubble"));
            assertEquals(null, find(page, ".msg-bubble img"));
            var links = page.querySelectorAll(".msg-bubble a");
            assertEquals(2, links.size());
            assertEquals("https://shop.example/a?b=1", ((DomElement) links.get(0)).getAttribute("href"), "prose punctuation is left out");
            assertEquals("mailto:help@shop.example", ((DomElement) links.get(1)).getAttribute("href"));
            assertEquals("noopener noreferrer", ((DomElement) links.get(0)).getAttribute("rel"));
        }
    }

    @Test
    void anExpiredSignInLeadsBackToTheSignInForm() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage first = browser.open(server.url("/agent"));
            first.executeJavaScript("sessionStorage.setItem('weiyu.agent.token', '" + "0".repeat(32) + "');"
                    + "sessionStorage.setItem('weiyu.agent.profile', JSON.stringify({uid: 'agent_lin', nickname: '小林', org: 'df_org_uid'}));");
            HtmlPage page = browser.open(server.url("/agent"));
            browser.await("the sign-in form again", () -> !find(page, "#signin").hasAttribute("hidden"));
            browser.await("the reason", () -> text(page, "#signin-error").contains("登录已过期"));
            assertTrue(find(page, "#console").hasAttribute("hidden"));
        }
    }
}
