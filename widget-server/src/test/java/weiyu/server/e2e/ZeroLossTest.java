package weiyu.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** Messages typed while the socket or the whole server is gone arrive exactly once. */
class ZeroLossTest {
    RunningServer server;

    @BeforeEach
    void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void withTheSocketDownMessagesGoOverHttpOnce() throws Exception {
        try (JvmAgent agent = JvmAgent.signIn(server); VisitorPage v = VisitorPage.open(server)) {
            v.openChat();
            v.await("the WELCOME line", () -> v.page.querySelector("#weiyu-widget [part=message][data-type=WELCOME]"));
            v.await("the visitor's socket", () -> server.server().stompEndpoint().sessionCount() == 2);
            v.blockWebSockets();
            server.server().stompEndpoint().dropVisitorsForTests();
            v.await("the visitor's socket to be gone", () -> server.server().stompEndpoint().sessionCount() == 1);

            v.sendWithEnter("断线时发的消息");
            Map<String, Object> m = agent.await("the message sent over HTTP", 20, x -> "断线时发的消息".equals(x.get("content")));
            String uid = (String) m.get("uid");
            v.await("the message to show as sent", () -> "sent".equals(SeedScenariosTest.attr(v, uid, "data-status")));
            assertEquals(1, server.server().stompEndpoint().sessionCount(), "only the agent's socket: it went over HTTP");

            v.unblockWebSockets();
            v.await("the visitor's socket to be back", () -> server.server().stompEndpoint().sessionCount() == 2);
            String reply = agent.send(m, "TEXT", "收到了");
            v.await("the reply", () -> v.message(reply));
            v.settle(1000);
            assertOnce(agent, v, uid);
        }
    }

    @Test
    void aMessageTypedWhileTheServerIsDownIsDeliveredOnceItReturns() throws Exception {
        try (VisitorPage v = VisitorPage.open(server)) {
            v.openChat();
            v.await("the first line", () -> v.page.querySelector("#weiyu-widget [part=message]"));
            server.stopForNow();
            v.sendWithEnter("服务器挂了也不丢");
            v.settle(1500);
            String pending = v.outbox();
            assertNotNull(pending, "kept in the persisted outbox while the server is away");

            server.startAgain();
            try (JvmAgent agent = JvmAgent.signIn(server)) {
                v.await("the message to be delivered", () -> "sent".equals(SeedScenariosTest.attr(v, pending, "data-status")));
                v.settle(1500);
                assertOnce(agent, v, pending);
                assertEquals(null, v.outbox(), "the outbox is empty once the server has it");
            }
        }
    }

    @Test
    void aReloadWithAPendingMessageDeliversItOnce() throws Exception {
        try (VisitorPage v = VisitorPage.open(server)) {
            v.openChat();
            v.await("the first line", () -> v.page.querySelector("#weiyu-widget [part=message]"));
            String uid = v.visitorUid();
            server.stopForNow();
            v.sendWithEnter("刷新前没发出去的消息");
            v.settle(1000);
            String pending = v.outbox();
            assertNotNull(pending);
            v.browser.open("about:blank"); // the visitor leaves while the server is away

            server.startAgain();
            v.load();
            assertEquals(uid, v.visitorUid());
            v.openChat();
            try (JvmAgent agent = JvmAgent.signIn(server)) {
                v.await("the kept message to be delivered", () -> "sent".equals(SeedScenariosTest.attr(v, pending, "data-status")));
                v.settle(1500);
                assertOnce(agent, v, pending);
            }
        }
    }

    /** The server's history and the visitor's list both hold {@code uid} exactly once. */
    static void assertOnce(JvmAgent agent, VisitorPage v, String uid) throws Exception {
        List<Map<String, Object>> history = agent.history(v.topic());
        assertEquals(1, history.stream().filter(m -> uid.equals(m.get("uid"))).count(), "stored once: " + history);
        assertEquals(1, v.uids().stream().filter(uid::equals).count(), "shown once: " + v.uids());
    }
}
