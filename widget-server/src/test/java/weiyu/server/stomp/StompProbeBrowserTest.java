package weiyu.server.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import weiyu.server.Browser;
import weiyu.server.RunningServer;

/**
 * The bundle's STOMP probe against this server's own /stomp, without RabbitMQ (which
 * {@link StompRabbitBrowserTest} needs): its functor, state and error listeners, and the
 * client's refusal, queueing and stop, as the compiled widget.js runs them.
 */
class StompProbeBrowserTest {
    private static String js(HtmlPage page, String script) {
        return String.valueOf(page.executeJavaScript(script).getJavaScriptResult());
    }

    @Test
    void reportsTheServersRefusalAndQueuesWhileDown() throws Exception {
        try (RunningServer server = RunningServer.withPage(RunningServer.REPO_CONFIG, "/probe.html",
                "<!DOCTYPE html><html><body><script src=\"/widget.js\" data-stomp-probe=\"1\""
                        + " data-org=\"t\" data-sid=\"t\" data-locale=\"en\"></script></body></html>");
             Browser browser = new Browser()) {
            HtmlPage page = browser.open(server.url("/probe.html"));
            browser.await("the probe", () -> js(page, "typeof window.weiyuStompProbe").equals("object"));
            String url = server.url("/stomp").replace("http", "ws");
            assertEquals("CONNECTING", js(page, "weiyuStompProbe.connect('" + url + "', 'nobody', null)"));
            assertEquals("subscribed", js(page, "weiyuStompProbe.subscribe('/topic/x')"));
            assertEquals("refused", js(page, "weiyuStompProbe.subscribe('/topic/x')"));
            browser.await("the refusal", () -> js(page, "weiyuStompProbe.events()").contains("RECONNECTING"));
            String events = js(page, "weiyuStompProbe.events()");
            assertTrue(events.startsWith("[\"CONNECTING\",\"error: SERVER_ERROR: unknown visitor 'nobody'"), events);
            assertEquals("QUEUED", js(page, "weiyuStompProbe.publish('/app/x', 'hi')"));
            assertEquals("CLOSED", js(page, "weiyuStompProbe.stop()"));
            assertEquals("[]", js(page, "weiyuStompProbe.received()"));
            assertTrue(browser.scriptErrors.isEmpty(), browser.scriptErrors.toString());
        }
    }
}
