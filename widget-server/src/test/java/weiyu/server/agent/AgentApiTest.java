package weiyu.server.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;
import weiyu.server.TestJson;
import weiyu.server.TestMessages;
import weiyu.server.visitor.ApiClient;
import weiyu.server.visitor.ApiClient.Reply;

/** {@code /agent/api}: sign-in, thread list, history, and what is refused (400/401/403/404/405/429). */
class AgentApiTest {
    static final String ORG = "df_org_uid";
    static final String WORKGROUP = "df_wg_uid";
    static RunningServer server;
    static ApiClient agentApi;
    static ApiClient visitorApi;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
        agentApi = new ApiClient(server, AgentApiHandler.PREFIX);
        visitorApi = new ApiClient(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String signIn(ApiClient agentApi) throws Exception {
        Reply r = agentApi.postJson("/login", "{\"uid\":\"agent_lin\",\"password\":\"demo-agent-pass\"}");
        assertEquals(200, r.status(), String.valueOf(r.json()));
        return r.text("data.token");
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A visitor of {@code org} with an open thread and one message in it; returns the topic. */
    static String visitorThreadWithMessage(String org, String sid, String text) throws Exception {
        String uid = visitorApi.newVisitor(org);
        String topic = visitorApi.openThread(org, sid, uid).text("data.thread.topic");
        assertEquals(200, visitorApi.sendMessage(TestMessages.text("m" + uid, text, topic, uid)).status());
        return topic;
    }

    @Test
    void signInAnswersATokenAndTheAgent() throws Exception {
        Reply r = agentApi.postJson("/login", "{\"uid\":\"agent_lin\",\"password\":\"demo-agent-pass\"}");
        assertEquals(200, r.status());
        assertTrue(r.text("data.token").matches("[0-9a-f]{32}"));
        assertEquals("agent_lin", r.text("data.agent.uid"));
        assertEquals("小林", r.text("data.agent.nickname"));
        assertEquals(ORG, r.text("data.agent.org"));
        assertEquals("no-store", r.header("cache-control"));
        assertNull(r.header("access-control-allow-origin"), "no CORS: the agent page is same-origin");
    }

    @Test
    void aWrongPasswordIs401AndBadInput400() throws Exception {
        Reply wrong = agentApi.postJson("/login", "{\"uid\":\"agent_lin\",\"password\":\"guess-guess\"}");
        assertEquals(401, wrong.status());
        assertEquals(401L, wrong.at("code"));
        assertEquals("wrong agent id or password", wrong.text("message"));
        assertEquals(400, agentApi.postJson("/login", "{\"uid\":\"agent_lin\"}").status());
        assertEquals(400, agentApi.postJson("/login", "{\"uid\":").status());
        assertEquals(405, agentApi.get("/login").status());
        assertEquals(404, agentApi.get("/nothing").status());
    }

    @Test
    void repeatedWrongPasswordsMakeTheNextTryWait() throws Exception {
        String body = "{\"uid\":\"ghost\",\"password\":\"not-it-at-all\"}";
        for (int i = 0; i <= SignInThrottle.FREE_FAILURES; i++) {
            assertEquals(401, agentApi.postJson("/login", body).status(), "try " + i);
        }
        Reply throttled = agentApi.postJson("/login", body);
        assertEquals(429, throttled.status());
        assertTrue(throttled.text("message").startsWith("too many wrong passwords"), throttled.text("message"));
    }

    @Test
    void callsNeedAValidToken() throws Exception {
        assertEquals(401, agentApi.get("/threads").status());
        Reply bad = agentApi.get("/threads", "Authorization", bearer("0".repeat(32)));
        assertEquals(401, bad.status());
        assertEquals("Bearer", bad.header("www-authenticate"));
        assertEquals(401, agentApi.get("/threads", "Authorization", "Basic abc").status());
        assertEquals(401, agentApi.postJson("/logout", "{}").status());
    }

    @Test
    void signOutEndsTheToken() throws Exception {
        String token = signIn(agentApi);
        assertEquals(200, agentApi.get("/threads", "Authorization", bearer(token)).status());
        assertEquals(200, agentApi.postJson("/logout", "{}", "Authorization", bearer(token)).status());
        assertEquals(401, agentApi.get("/threads", "Authorization", bearer(token)).status());
    }

    @Test
    void otherOriginsAreRefused() throws Exception {
        String token = signIn(agentApi);
        assertEquals(403, agentApi.get("/threads", "Authorization", bearer(token), "Origin", "https://evil.example").status());
        assertEquals(200, agentApi.get("/threads", "Authorization", bearer(token), "Origin", server.origin()).status());
    }

    @Test
    void threadsListTheOrgsConversationsNewestFirst() throws Exception {
        String token = signIn(agentApi);
        String first = visitorThreadWithMessage(ORG, WORKGROUP, "第一个问题");
        String second = visitorThreadWithMessage(ORG, WORKGROUP, "second question " + "x".repeat(200));
        String foreign = visitorThreadWithMessage("other_org", "wg9", "not yours");

        Reply r = agentApi.get("/threads", "Authorization", bearer(token));
        assertEquals(200, r.status());
        List<Object> threads = TestJson.list(r.json(), "data");
        List<Object> topics = threads.stream().map(t -> TestJson.at(t, "topic")).toList();
        assertTrue(topics.indexOf(second) >= 0 && topics.indexOf(second) < topics.indexOf(first), topics.toString());
        assertTrue(!topics.contains(foreign));
        Object newest = threads.get(topics.indexOf(second));
        assertEquals("WORKGROUP", TestJson.at(newest, "type"));
        assertEquals("CHATTING", TestJson.at(newest, "status"));
        assertEquals(second.substring(second.lastIndexOf('/') + 1), TestJson.at(newest, "visitor.uid"));
        assertTrue(TestJson.text(newest, "visitor.nickname").startsWith("访客"));
        assertEquals("TEXT", TestJson.at(newest, "lastMessage.type"));
        assertEquals(AgentCalls.PREVIEW_CHARS + 1, TestJson.text(newest, "lastMessage.content").length(), "a preview");
        assertEquals(true, TestJson.at(newest, "lastMessage.fromVisitor"));
        assertEquals(1L, TestJson.at(newest, "unread"));
        assertNotEquals(null, TestJson.at(newest, "uid"));
    }

    @Test
    void historyIsTheOrgsOnly() throws Exception {
        String token = signIn(agentApi);
        String own = visitorThreadWithMessage(ORG, WORKGROUP, "hello");
        String foreign = visitorThreadWithMessage("other_org", "wg9", "not yours");

        Reply page = agentApi.get("/history?topic=" + ApiClient.enc(own) + "&pageNumber=0&pageSize=50",
                "Authorization", bearer(token));
        assertEquals(200, page.status(), String.valueOf(page.json()));
        assertEquals("hello", page.text("data.content.0.content"));
        assertEquals(1L, page.at("data.totalElements"));

        assertEquals(403, agentApi.get("/history?topic=" + ApiClient.enc(foreign), "Authorization", bearer(token)).status());
        assertEquals(404, agentApi.get("/history?topic=" + ApiClient.enc("org/workgroup/df_wg_uid/nobody"),
                "Authorization", bearer(token)).status());
        assertEquals(400, agentApi.get("/history", "Authorization", bearer(token)).status());
        assertEquals(400, agentApi.get("/history?topic=" + ApiClient.enc("org.inbox.df_org_uid"), "Authorization", bearer(token)).status());
        assertEquals(400, agentApi.get("/history?topic=" + ApiClient.enc(own) + "&pageSize=-1", "Authorization", bearer(token)).status());
        assertEquals(401, agentApi.get("/history?topic=" + ApiClient.enc(own)).status());
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicy() throws Exception {
        var page = server.get("/agent");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        String csp = page.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("connect-src 'self' ws://127.0.0.1:"), csp);
        assertTrue(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8).contains("/agent/agent.js"));
        assertEquals(200, server.get("/agent/agent.js").statusCode());
        assertEquals(200, server.get("/agent/agent.css").statusCode());
        assertEquals(404, server.get("/agent/other.js").statusCode());
    }
}
