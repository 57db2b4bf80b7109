package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** data-consent="required": no storage write, no API call, no socket until the visitor agrees. */
class ConsentTest {
    static final String PATH = "/consent.html";
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, EmbedPage.html("data-consent=\"required\""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void assertNothingYet(EmbedPage p) {
        assertEquals(List.of(), p.storedKeys(), "nothing stored before consent");
        assertEquals(List.of(), p.apiCalls(), "no API call before consent");
        assertEquals(0, server.server().stompEndpoint().sessionCount(), "no socket before consent");
    }

    @Test
    void weiyuConsentStartsTheChat() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("no connection left by earlier tests", () -> server.server().stompEndpoint().sessionCount() == 0);
            p.weiyu("'send', 'not before consent'");
            p.weiyu("'setUser', {nickname: 'Ann'}");
            p.settle(2500);
            assertNothingYet(p);

            p.weiyu("'consent'");
            p.await("the visitor stored", () -> p.visitorUid());
            p.await("a connection", () -> server.server().stompEndpoint().sessionCount() == 1);
            assertTrue(p.apiCalls().get(0).startsWith("POST /visitor/api/v1/init"), p.apiCalls().toString());
            assertTrue(p.apiCalls().stream().noneMatch(r -> r.contains("not before consent")),
                    "a text sent before consent is dropped, not sent later");
        }
    }

    @Test
    void openingTheWidgetCountsAsConsent() throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("no connection left by earlier tests", () -> server.server().stompEndpoint().sessionCount() == 0);
            p.settle(1000);
            assertNothingYet(p);
            p.part("launcher").click();
            p.await("the visitor stored", () -> p.visitorUid());
            p.await("a connection", () -> server.server().stompEndpoint().sessionCount() == 1);
        }
    }
}
