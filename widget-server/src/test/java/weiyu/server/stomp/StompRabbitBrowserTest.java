package weiyu.server.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.Browser;
import weiyu.server.RunningServer;
import weiyu.widget.stomp.StompFrame;

/**
 * The compiled widget.js's STOMP client (through its page-level probe) against a broker
 * nobody in this project wrote: RabbitMQ's Web-STOMP. A JVM peer on RabbitMQ's TCP STOMP
 * port sits on the other side of the topics. Includes a broker restart mid-conversation.
 */
class StompRabbitBrowserTest {
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        RabbitBroker.requireRunning();
        // A page served over HTTP: HtmlUnit runs no timers in a page loaded from a string.
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, "/probe.html",
                "<!DOCTYPE html><html><body><script src=\"/widget.js\" data-stomp-probe=\"1\""
                        + " data-org=\"t\" data-sid=\"t\" data-locale=\"en\"></script></body></html>");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String js(HtmlPage page, String script) {
        return String.valueOf(page.executeJavaScript(script).getJavaScriptResult());
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void roundTripsThroughRabbitMqAndSurvivesABrokerRestart() throws Exception {
        String run = Long.toHexString(System.nanoTime());
        String in = "/topic/wy.test." + run + ".in";
        String out = "/topic/wy.test." + run + ".out";
        String outQueue = "wy-test-out-" + run;
        try (Browser browser = new Browser()) {
            HtmlPage current = browser.open(server.url("/probe.html"));
            browser.await("the probe", () -> js(current, "typeof window.weiyuStompProbe") .equals("object"));
            js(current, "weiyuStompProbe.connect(" + quote(RabbitBroker.WEB_STOMP_URL) + ", 'guest', 'guest')");
            browser.await("CONNECTED", () -> js(current, "weiyuStompProbe.state()").equals("CONNECTED"));
            assertEquals("subscribed", js(current, "weiyuStompProbe.subscribe(" + quote(in) + ")"));
            assertEquals("refused", js(current, "weiyuStompProbe.subscribe(" + quote(in) + ")"),
                    "a second subscription to the same destination is refused");

            TcpStompPeer peer = TcpStompPeer.connect(RabbitBroker.STOMP_PORT, "guest", "guest");
            peer.subscribeDurable(out, outQueue);
            // Once the peer gets this, the widget's SUBSCRIBE (sent earlier on the same socket) is in place.
            js(current, "weiyuStompProbe.publish(" + quote(out) + ", 'hello')");
            assertEquals("hello", peer.next(10).body());

            List<String> toWidget = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String body = "msg " + i + " 你好 👋 \"quoted\" \\ back\nline";
                toWidget.add(body);
                peer.publish(in, body);
            }
            browser.await("20 messages at the widget", () -> received(current).size() >= 20);
            assertEquals(toWidget, received(current));

            for (int i = 0; i < 20; i++) {
                assertEquals("SENT", js(current, "weiyuStompProbe.publish(" + quote(out) + ", 'w" + i + " 中文')"));
            }
            for (int i = 0; i < 20; i++) {
                assertEquals("w" + i + " 中文", peer.next(10).body());
            }

            // Broker restart: the widget queues while down, reconnects, resubscribes, loses nothing.
            peer.close();
            RabbitBroker.run("stop");
            browser.await("the widget noticing", () -> !js(current, "weiyuStompProbe.state()").equals("CONNECTED"));
            for (int i = 0; i < 10; i++) {
                assertEquals("QUEUED", js(current, "weiyuStompProbe.publish(" + quote(out) + ", 'queued " + i + "')"));
            }
            RabbitBroker.run("start");
            TcpStompPeer peer2 = TcpStompPeer.connect(RabbitBroker.STOMP_PORT, "guest", "guest");
            peer2.subscribeDurable(out, outQueue);
            try {
                browser.awaitLong("reconnected", 60, () -> js(current, "weiyuStompProbe.state()").equals("CONNECTED"));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; events: " + js(current, "weiyuStompProbe.events()"), e);
            }
            for (int i = 0; i < 10; i++) {
                assertEquals("queued " + i, peer2.next(30).body(), "queued messages arrive once, in order");
            }
            for (int i = 0; i < 5; i++) {
                peer2.publish(in, "after restart " + i);
            }
            browser.await("resubscribed", () -> received(current).size() >= 25);
            for (int i = 0; i < 5; i++) {
                assertEquals("after restart " + i, received(current).get(20 + i));
            }
            assertEquals(25, received(current).size());
            String events = js(current, "weiyuStompProbe.events()");
            assertTrue(events.contains("RECONNECTING"), events);
            js(current, "weiyuStompProbe.stop()");
            browser.await("closed", () -> js(current, "weiyuStompProbe.state()").equals("CLOSED"));
            peer2.close();
            assertTrue(browser.scriptErrors.isEmpty(), browser.scriptErrors.toString());
        }
    }

    private static List<String> received(HtmlPage page) {
        String json = js(page, "weiyuStompProbe.received()");
        List<String> out = new ArrayList<>();
        try (var p = weiyu.server.http.Json.FACTORY.createParser(json)) {
            p.nextToken();
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                out.add(p.getText());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
        return out;
    }
}
