package weiyu.server.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import weiyu.server.RunningServer;

/** Base of the UI tests that share one server with the English probe page. */
abstract class EnglishPageTest {
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, UiPage.PATH, UiPage.html("data-locale=\"en\""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static UiPage openPage() throws Exception {
        return UiPage.open(server);
    }
}
