package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** Single-page apps may include the tag twice: one widget, one visitor, one connection. */
class DoubleInclusionTest {
    static final String PATH = "/twice.html";
    static final String SECOND_TAG = "<script async src=\"/widget.js\" data-org=\"df_org_uid\" data-sid=\"df_wg_uid\""
            + " data-position=\"left\"></script>";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, EmbedPage.html("", SECOND_TAG, ""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void twoTagsMakeOneWidgetAndOneConnection() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("a connection", () -> server.server().stompEndpoint().sessionCount() == 1);
            // A copy added later by the app's router, too.
            p.js("var s = document.createElement('script'); s.src = '/widget.js'; document.body.appendChild(s);");
            p.settle(1500);
            assertEquals(1, p.page.querySelectorAll("#weiyu-widget").size());
            assertEquals(1, p.page.querySelectorAll("[part=launcher]").size());
            assertEquals(1, server.server().stompEndpoint().sessionCount(), "one WebSocket");
            List<String> inits = p.apiCalls().stream().filter(r -> r.startsWith("POST /visitor/api/v1/init")).toList();
            assertEquals(1, inits.size(), "one visitor: " + inits);
            assertEquals(List.of("ready"), p.events().stream().filter(e -> e.equals("ready")).toList());
        }
    }
}
