package weiyu.server.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;
import weiyu.server.StompWsClient;
import weiyu.server.TestJson;
import weiyu.server.TestMessages;
import weiyu.server.visitor.ApiClient;
import weiyu.server.visitor.ApiClient.Reply;
import weiyu.widget.stomp.StompFrame;

/**
 * The agent path over real WebSockets: a visitor (HTTP init and thread, then STOMP) and an
 * agent (HTTP sign-in, then STOMP with its token) talk through widget-server.
 */
class AgentStompTest {
    static final String ORG = "df_org_uid";
    static final String WORKGROUP = "df_wg_uid";
    static final String AGENT = "agent_lin";
    static final String INBOX = "/topic/org.inbox." + ORG;
    static RunningServer server;
    static ApiClient visitorApi;
    static ApiClient agentApi;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
        visitorApi = new ApiClient(server);
        agentApi = new ApiClient(server, AgentApiHandler.PREFIX);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String dotted(String topic) {
        return topic.replace('/', '.');
    }

    @Test
    void visitorAndAgentTalkAndReceiptsReachTheAgentsHistory() throws Exception {
        String visitor = visitorApi.newVisitor(ORG);
        String token = AgentApiTest.signIn(agentApi);
        try (StompWsClient agent = StompWsClient.connect(server.origin(), AGENT, token)) {
            agent.subscribe("inbox", INBOX);
            Reply first = visitorApi.openThread(ORG, WORKGROUP, visitor);
            assertEquals("WELCOME", first.text("data.type"), "an agent is connected");
            String topic = first.text("data.thread.topic");

            try (StompWsClient visitorSide = StompWsClient.connect(server.origin(), visitor, null)) {
                visitorSide.subscribe("thread", "/topic/" + dotted(topic));
                visitorSide.send("/app/" + dotted(topic), TestMessages.text("v-1-" + visitor, "请问什么时候发货？", topic, visitor));
                StompFrame onInbox = agent.awaitMessage(INBOX, "v-1-" + visitor, 5);
                assertTrue(onInbox.body().contains("请问什么时候发货？"));
                assertTrue(onInbox.body().contains("\"status\":\"SUCCESS\""));

                agent.subscribe("thread", "/topic/" + dotted(topic));
                visitorSide.send("/app/" + dotted(topic), TestMessages.text("v-2-" + visitor, "还在吗", topic, visitor));
                agent.awaitMessage("/topic/" + dotted(topic), "v-2-" + visitor, 5);
                agent.awaitMessage(INBOX, "v-2-" + visitor, 5);

                String replyUid = "a-1-" + visitor;
                agent.send("/app/" + dotted(topic), TestMessages.agentMessage(replyUid, "TEXT", "今天下午发货", topic, AGENT));
                StompFrame atVisitor = visitorSide.awaitMessage("/topic/" + dotted(topic), replyUid, 5);
                assertEquals("AGENT", TestJson.text(TestJson.parse(atVisitor.body()), "user.type"));
                assertEquals("SUCCESS", TestJson.text(TestJson.parse(atVisitor.body()), "status"));
                agent.awaitMessage("/topic/" + dotted(topic), replyUid, 5); // the agent's own echo

                visitorSide.send("/app/" + dotted(topic), TestMessages.visitorMessage("r-1-" + visitor, "READ", replyUid, topic, visitor));
                StompFrame receipt = agent.awaitMessage("/topic/" + dotted(topic), "r-1-" + visitor, 5);
                assertEquals(replyUid, TestJson.text(TestJson.parse(receipt.body()), "content"));

                Reply history = agentApi.get("/history?topic=" + ApiClient.enc(topic), "Authorization", "Bearer " + token);
                assertEquals(replyUid, history.text("data.content.0.uid"));
                assertEquals("READ", history.text("data.content.0.status"));
            }
        }
    }

    @Test
    void newThreadsOpenWithLeaveMsgOnceTheAgentHasGone() throws Exception {
        String token = AgentApiTest.signIn(agentApi);
        try (StompWsClient agent = StompWsClient.connect(server.origin(), AGENT, token)) {
            agent.subscribe("inbox", INBOX);
            assertEquals("WELCOME", visitorApi.openThread(ORG, WORKGROUP, visitorApi.newVisitor(ORG)).text("data.type"));
        }
        String visitor = visitorApi.newVisitor(ORG);
        long deadline = System.nanoTime() + 5_000_000_000L;
        String type;
        do {
            type = visitorApi.openThread(ORG, WORKGROUP, visitor).text("data.type");
        } while (!type.equals("LEAVE_MSG") && System.nanoTime() < deadline && sleep());
        assertEquals("LEAVE_MSG", type, "nobody is online after the agent's socket closed");
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(50);
        return true;
    }

    @Test
    void badTokensAreRefusedWithError() throws Exception {
        try (StompWsClient wrong = StompWsClient.open(server.origin(), AGENT, "f".repeat(32))) {
            StompFrame error = wrong.next(5);
            assertEquals("ERROR", error.command());
            assertTrue(error.header("message").contains("sign in again"), error.header("message"));
            wrong.awaitClosed(5);
        }
        String token = AgentApiTest.signIn(agentApi);
        try (StompWsClient someoneElse = StompWsClient.open(server.origin(), "another_agent", token)) {
            assertEquals("ERROR", someoneElse.next(5).command(), "a token is good only for the agent it was issued to");
        }
        agentApi.postJson("/logout", "{}", "Authorization", "Bearer " + token);
        try (StompWsClient signedOut = StompWsClient.open(server.origin(), AGENT, token)) {
            assertEquals("ERROR", signedOut.next(5).command(), "a signed-out token no longer connects");
        }
    }

    @Test
    void anAgentReachesOnlyItsOwnOrganisation() throws Exception {
        String foreignVisitor = visitorApi.newVisitor("other_org");
        String foreignTopic = visitorApi.openThread("other_org", "wg9", foreignVisitor).text("data.thread.topic");
        try (StompWsClient agent = StompWsClient.connect(server.origin(), AGENT, AgentApiTest.signIn(agentApi))) {
            assertRefused(agent, "/topic/org.inbox.other_org");
        }
        try (StompWsClient agent = StompWsClient.connect(server.origin(), AGENT, AgentApiTest.signIn(agentApi))) {
            assertRefused(agent, "/topic/" + dotted(foreignTopic));
        }
    }

    private static void assertRefused(StompWsClient client, String destination) {
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> client.subscribe("x", destination));
        assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
    }
}
