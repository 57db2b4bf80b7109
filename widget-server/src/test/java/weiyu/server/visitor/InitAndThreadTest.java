package weiyu.server.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import weiyu.server.TestMessages;
import weiyu.server.visitor.ApiClient.Reply;

class InitAndThreadTest extends ApiTestBase {

    @Test
    void initCreatesAVisitorWithAServerMadeUid() throws Exception {
        Reply r = api.postJson("/init", "{\"orgUid\":\"o1\",\"lang\":\"zh-CN\",\"browser\":\"Firefox\"}");
        assertEquals(200, r.status());
        assertEquals(200L, r.at("code"));
        assertEquals("ok", r.at("message"));
        String uid = r.text("data.uid");
        assertTrue(uid.matches("[0-9a-f]{32}"), uid);
        assertEquals(uid, r.text("data.visitorUid"));
        assertTrue(r.text("data.nickname").startsWith("访客"));
        assertEquals("", r.text("data.avatar"));
        assertEquals("Firefox", r.text("data.details.browser"));
    }

    @Test
    void initReturnsTheSameVisitorForItsUidOrTheSitesVisitorUid() throws Exception {
        Reply first = api.postJson("/init", "{\"orgUid\":\"o1\",\"visitorUid\":\"customer-42\",\"nickname\":\"Ann\"}");
        String uid = first.text("data.uid");
        assertNotEquals("customer-42", uid);
        assertEquals("Ann", first.text("data.nickname"));
        assertEquals(uid, api.postJson("/init", "{\"orgUid\":\"o1\",\"visitorUid\":\"customer-42\"}").text("data.uid"));
        assertEquals(uid, api.postJson("/init", "{\"orgUid\":\"o1\",\"uid\":\"" + uid + "\"}").text("data.uid"));
        assertEquals("Ann", api.postJson("/init", "{\"orgUid\":\"o1\",\"uid\":\"" + uid + "\"}").text("data.nickname"));
    }

    @Test
    void initAcceptsFormFieldsAndAdoptsARememberedUid() throws Exception {
        Reply r = api.postForm("/init", Map.of("orgUid", "o1", "uid", "remembered_1", "nickname", "Bob 张"));
        assertEquals(200, r.status(), String.valueOf(r.json()));
        assertEquals("remembered_1", r.text("data.uid"));
        assertEquals("Bob 张", r.text("data.nickname"));
    }

    @Test
    void initRefusesBadInput() throws Exception {
        assertEquals("'orgUid' is required", api.postJson("/init", "{}").text("message"));
        assertEquals(400, api.postJson("/init", "{\"orgUid\":\"o1\",\"uid\":\"a/b\"}").status());
        assertEquals(400, api.postJson("/init", "{\"orgUid\":").status());
        assertEquals(400, api.postJson("/init", "[]").status());
        assertEquals(400, api.postJson("/init", "{\"orgUid\":{\"x\":1}}").status());
        Reply longName = api.postJson("/init", "{\"orgUid\":\"o1\",\"nickname\":\"" + "n".repeat(2000) + "\"}");
        assertEquals(400, longName.status());
        assertEquals(400L, longName.at("code"));
        assertEquals(null, longName.at("data"));
    }

    @Test
    void withNobodyOnlineTheThreadOpensWithLeaveMsg() throws Exception {
        String uid = api.newVisitor(ORG);
        Reply r = api.openThread(ORG, SID, uid);
        assertEquals(200, r.status(), String.valueOf(r.json()));
        assertEquals("LEAVE_MSG", r.text("data.type"));
        assertEquals("org/workgroup/wg1/" + uid, r.text("data.thread.topic"));
        assertEquals("WORKGROUP", r.text("data.thread.type"));
        assertEquals(uid, r.text("data.thread.user.uid"));
        assertTrue(r.text("data.createdAt").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertEquals("{\"uid\":\"wg1\",\"nickname\":\"Shop\",\"avatar\":\"\"}", r.text("data.thread.workgroup"));
    }

    @Test
    void withAnAgentOnlineItOpensWithTheSitesWelcomeThenContinues() throws Exception {
        server.server().backend().agents().online(ORG, SID, "agent1");
        try {
            String uid = api.newVisitor(ORG);
            Reply r = api.openThread(ORG, SID, uid);
            assertEquals("WELCOME", r.text("data.type"));
            assertEquals(WELCOME, r.text("data.content"));
            String topic = r.text("data.thread.topic");
            assertEquals("WELCOME", api.openThread(ORG, SID, uid).text("data.type"), "the welcome itself is not history");
            assertEquals(200, api.sendMessage(TestMessages.text("m-" + uid, "hi", topic, uid)).status());
            Reply again = api.openThread(ORG, SID, uid);
            assertEquals("CONTINUE", again.text("data.type"));
            assertEquals(r.text("data.thread.uid"), again.text("data.thread.uid"), "the same thread");
        } finally {
            server.server().backend().agents().offline(ORG, SID, "agent1");
        }
    }

    @Test
    void aWorkgroupWithoutSiteConfigGetsTheDefaultWelcome() throws Exception {
        server.server().backend().agents().online(ORG, "other_wg", "agent2");
        try {
            Reply r = api.openThread(ORG, "other_wg", api.newVisitor(ORG));
            assertEquals("WELCOME", r.text("data.type"));
            assertEquals("您好，有什么可以帮您？", r.text("data.content"));
        } finally {
            server.server().backend().agents().offline(ORG, "other_wg", "agent2");
        }
    }

    @Test
    void threadRefusesBadInput() throws Exception {
        String uid = api.newVisitor(ORG);
        assertEquals(400, api.openThread(ORG, SID, "nobody").status());
        assertEquals(403, api.openThread("other_org", SID, uid).status());
        assertEquals(400, api.openThread(ORG, "wg.#", uid).status());
        assertEquals("'sid' is required", api.postJson("/thread", "{\"orgUid\":\"o1\",\"uid\":\"" + uid + "\"}").text("message"));
        assertEquals(400, api.postJson("/thread", "{\"orgUid\":\"o1\",\"sid\":\"wg1\",\"type\":\"7\",\"uid\":\"" + uid + "\"}").status());
    }

    @Test
    void unknownCallsAndWrongMethodsAreJsonErrors() throws Exception {
        Reply missing = api.get("/nothing");
        assertEquals(404, missing.status());
        assertEquals(404L, missing.at("code"));
        Reply wrongMethod = api.get("/init");
        assertEquals(405, wrongMethod.status());
        assertEquals("POST, OPTIONS", wrongMethod.header("allow"));
    }
}
