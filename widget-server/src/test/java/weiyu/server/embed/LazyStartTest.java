package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** data-lazy: only the launcher at load; the chat starts on the first open (or when the page is idle). */
class LazyStartTest {
    static final String PATH = "/lazy.html";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, EmbedPage.html("data-lazy"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void noApiCallUntilTheVisitorOpens() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("no connection left by earlier tests", () -> server.server().stompEndpoint().sessionCount() == 0);
            assertNotNull(p.part("launcher"));
            p.settle(1000);
            assertEquals(List.of(), p.apiCalls(), "no API call at load");
            assertEquals(0, server.server().stompEndpoint().sessionCount(), "no socket at load");
            p.part("launcher").click();
            p.await("POST /init", () -> p.apiCalls().stream().anyMatch(r -> r.startsWith("POST /visitor/api/v1/init")));
            p.await("a connection", () -> server.server().stompEndpoint().sessionCount() == 1);
        }
    }

    @Test
    void anIdlePageStartsTheChatWithoutAnOpen() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("POST /init once the page is idle",
                    () -> p.apiCalls().stream().anyMatch(r -> r.startsWith("POST /visitor/api/v1/init")));
        }
    }
}
