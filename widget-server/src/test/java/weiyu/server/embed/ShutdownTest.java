package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** weiyu('shutdown') leaves no node, no stored key, no socket and no timer behind. */
class ShutdownTest {
    static final String PATH = "/shutdown.html";
    static final String PAGE_KEY = "<script>localStorage.setItem('shop.cart', '2 teas');</script>";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, EmbedPage.html("", PAGE_KEY, ""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void shutdownRemovesEverythingAndStopsAllTraffic() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("no connection left by earlier tests", () -> server.server().stompEndpoint().sessionCount() == 0);
            p.weiyu("'open'");
            p.weiyu("'send', 'before shutdown'");
            p.await("a connection", () -> server.server().stompEndpoint().sessionCount() == 1);
            p.await("the visitor stored", () -> !p.storedKeys().isEmpty());
            // Let requests already made go out: HtmlUnit sends an XHR from a later job, so one made just
            // before shutdown would be counted as after it.
            p.settle(1000);

            p.weiyu("'shutdown'");
            assertNull(p.page.getElementById("weiyu-widget"), "no widget node");
            assertEquals(List.of(), p.storedKeys(), "no weiyu.* key");
            assertEquals("2 teas", String.valueOf(p.js("localStorage.getItem('shop.cart')")), "the page's own keys stay");
            p.await("the socket closed on the server", () -> server.server().stompEndpoint().sessionCount() == 0);

            int requestsAtShutdown = p.requests().size();
            p.weiyu("'open'");
            p.weiyu("'send', 'after shutdown'");
            p.settle(4000);
            assertEquals(p.requests().subList(0, requestsAtShutdown), p.requests(), "no request after shutdown");
            assertEquals(0, server.server().stompEndpoint().sessionCount(), "no reconnection");
            assertNull(p.page.getElementById("weiyu-widget"), "later calls do not bring it back");
            assertEquals(List.of(), p.storedKeys(), "and nothing is stored again");
            assertTrue(p.browser.scriptErrors.isEmpty(), p.browser.scriptErrors.toString());
        }
    }

    @Test
    void shutdownWhileTheChatIsStartingIgnoresLateAnswers() throws Exception {
        try (EmbedPage p = EmbedPage.load(server, PATH)) {
            p.await("ready", () -> p.events().contains("ready"));
            p.weiyu("'shutdown'"); // POST /init is on its way
            p.settle(3000);
            assertEquals(List.of(), p.storedKeys(), "the late /init answer stored nothing");
            assertEquals(0, server.server().stompEndpoint().sessionCount(), "and opened no socket");
            assertTrue(p.apiCalls().stream().noneMatch(r -> r.contains("/thread")), p.apiCalls().toString());
        }
    }

    @Test
    void theTagMayBeAddedAgainAfterShutdown() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.weiyu("'shutdown'");
            p.js("var s = document.createElement('script'); s.src = '/widget.js';"
                    + " s.setAttribute('data-org', 'df_org_uid'); s.setAttribute('data-sid', 'df_wg_uid');"
                    + " document.body.appendChild(s);");
            p.await("a new launcher", () -> p.part("launcher"));
            p.weiyu("'open'");
            assertTrue(p.panelOpen(), "the new widget answers the page");
        }
    }
}
