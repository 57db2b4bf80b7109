package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** Calls made through the snippet's stub before widget.js has loaded run afterwards, in order. */
class QueueBeforeLoadTest {
    static final String PATH = "/queued.html";
    static final String QUEUED = "<script>"
            + "weiyu('setUser', {nickname: 'Queued Ann', email: 'q@example.com'});"
            + "weiyu('open'); weiyu('close'); weiyu('toggle');"
            + "weiyu('send', 'queued before the bundle');"
            + "window.queuedBeforeLoad = weiyu.q.length;"
            + "</script>";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, EmbedPage.html("", QUEUED, ""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void queuedCommandsRunInOrderOnceTheBundleLoads() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            // 5 listeners + 5 commands went into weiyu.q: the bundle had not replaced the stub yet.
            assertEquals(10, ((Number) p.js("queuedBeforeLoad")).intValue());
            p.await("ready", () -> p.events().contains("ready"));
            List<String> lifecycle = p.events().stream()
                    .filter(e -> e.equals("open") || e.equals("close") || e.equals("ready")).toList();
            assertEquals(List.of("open", "close", "open", "ready"), lifecycle,
                    "open, close, toggle in order; ready once the queue has run");
            assertTrue(p.panelOpen(), "the last queued command (toggle) left the panel open");

            String uid = p.await("the visitor uid", p::visitorUid);
            p.await("the queued text on the server", () -> server.server().backend().store()
                    .history("org/workgroup/" + EmbedPage.SID + "/" + uid, 0, 20).content().stream()
                    .anyMatch(m -> m.content().equals("queued before the bundle")));
            assertEquals("Queued Ann", server.server().backend().store().visitor(uid).orElseThrow().nickname(),
                    "setUser queued before the start goes with the first POST /init");
            List<String> inits = p.apiCalls().stream().filter(r -> r.startsWith("POST /visitor/api/v1/init")).toList();
            assertEquals(1, inits.size(), inits.toString());
            assertTrue(inits.get(0).contains("\"email\":\"q@example.com\""), inits.get(0));
            assertTrue(p.browser.scriptErrors.isEmpty(), p.browser.scriptErrors.toString());
        }
    }

    @Test
    void withoutTheStubThePageCanStillCallWeiyuAfterLoad() throws Exception {
        try (RunningServer bare = RunningServer.withPage(RunningServer.REPO_CONFIG, "/bare.html",
                "<!DOCTYPE html><html><body><script src=\"/widget.js\" data-org=\"df_org_uid\" data-sid=\"df_wg_uid\">"
                        + "</script></body></html>");
                EmbedPage p = EmbedPage.open(bare, "/bare.html")) {
            p.weiyu("'open'");
            assertTrue(p.panelOpen());
        }
    }
}
