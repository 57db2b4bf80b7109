package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** The bundle starts itself and adds nothing to the page's global scope but its own flag and API. */
class NoGlobalsTest {
    static final String PATH = "/globals.html";
    // Taken before the tag runs: every own property of window at that moment.
    static final String SNAPSHOT = "<script>window.before = Object.getOwnPropertyNames(window);</script>";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, EmbedPage.html("", SNAPSHOT, ""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theBundleLeavesOnlyItsFlagAndThePageApi() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            String added = String.valueOf(p.js("Object.getOwnPropertyNames(window)"
                    + ".filter(function (k) { return before.indexOf(k) < 0 && k !== 'before'; }).sort().join(',')"));
            List<String> names = added.isEmpty() ? List.of() : Arrays.asList(added.split(","));
            // weiyu itself was set by the page's stub; the bundle replaces its value, not adds it.
            assertEquals(List.of("__weiyuWidgetLoaded"), names);
            assertEquals("undefined", p.js("typeof main"));
        }
    }
}
