package weiyu.server.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static weiyu.server.TestMessages.text;
import static weiyu.server.TestMessages.visitorMessage;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import weiyu.server.TestJson;
import weiyu.server.chat.Sender;
import weiyu.server.visitor.ApiClient.Reply;

class SendAndHistoryTest extends ApiTestBase {
    String uid;
    String topic;

    @BeforeEach
    void newVisitorWithThread() throws Exception {
        uid = api.newVisitor(ORG);
        topic = api.openThread(ORG, SID, uid).text("data.thread.topic");
    }

    private List<String> historyUids(int pageNumber, int pageSize) throws Exception {
        List<String> uids = new ArrayList<>();
        for (Object m : TestJson.list(api.history(topic, pageNumber, pageSize).json(), "data.content")) {
            uids.add(TestJson.text(m, "uid"));
        }
        return uids;
    }

    @Test
    void aSentMessageIsAnsweredAsStoredAndShowsInHistory() throws Exception {
        Reply r = api.sendMessage(text("m1", "请问什么时候发货？", topic, uid));
        assertEquals(200, r.status(), String.valueOf(r.json()));
        assertEquals("SUCCESS", r.text("data.status"));
        assertEquals("请问什么时候发货？", r.text("data.content"));
        assertTrue(r.text("data.createdAt").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertEquals("{\"orgUid\":\"df_org_uid\"}", r.text("data.extra"), "extra stays a JSON string");
        Reply h = api.history(topic, 0, 20);
        assertEquals(r.at("data"), h.at("data.content.0"));
        assertEquals(1L, h.at("data.totalElements"));
        assertEquals(true, h.at("data.last"));
    }

    @Test
    void theSameUidSentTwiceIsStoredOnce() throws Exception {
        Reply first = api.sendMessage(text("dup1", "once", topic, uid));
        Reply second = api.sendMessage(text("dup1", "once", topic, uid));
        assertEquals(200, second.status());
        assertEquals(first.json(), second.json());
        assertEquals(List.of("dup1"), historyUids(0, 20));
    }

    @Test
    void formEncodedSendWorksToo() throws Exception {
        Reply r = api.postForm("/message/send", Map.of("json", text("f1", "a+b & c", topic, uid)));
        assertEquals(200, r.status(), String.valueOf(r.json()));
        assertEquals("a+b & c", r.text("data.content"));
    }

    @Test
    void historyPagesNewestFirst() throws Exception {
        for (int i = 0; i < 25; i++) {
            assertEquals(200, api.sendMessage(text("p" + i, "n" + i, topic, uid)).status());
        }
        assertEquals(List.of("p24", "p23", "p22", "p21", "p20", "p19", "p18", "p17", "p16", "p15"), historyUids(0, 10));
        assertEquals(List.of("p4", "p3", "p2", "p1", "p0"), historyUids(2, 10));
        Reply page = api.history(topic, 1, 10);
        assertEquals(25L, page.at("data.totalElements"));
        assertEquals(3L, page.at("data.totalPages"));
        assertEquals(1L, page.at("data.number"));
        assertEquals(10L, page.at("data.size"));
        assertEquals(false, page.at("data.last"));
        assertEquals(20, TestJson.list(api.get("/message/thread/topic?topic=" + ApiClient.enc(topic)).json(), "data.content").size(),
                "pageSize defaults to 20");
        assertEquals(100L, api.history(topic, 0, 1000).at("data.size"), "pageSize is capped at 100");
    }

    @Test
    void recallAndReadShowInHistory() throws Exception {
        api.sendMessage(text("keep", "stays", topic, uid));
        api.sendMessage(text("gone", "oops", topic, uid));
        server.server().backend().chat().handle(text("agent-m", "hello", topic, "agent1").replace("\"VISITOR\"", "\"AGENT\""),
                Sender.agent("agent1"));
        assertEquals(1L, api.get("/ping?uid=" + uid + "&orgUid=" + ORG).at("data"), "one unread agent message");
        assertEquals(200, api.sendMessage(visitorMessage("rc1", "RECALL", "gone", topic, uid)).status());
        assertEquals(200, api.sendMessage(visitorMessage("rd1", "READ", "agent-m", topic, uid)).status());
        assertEquals(List.of("agent-m", "keep"), historyUids(0, 20));
        assertEquals("READ", api.history(topic, 0, 20).text("data.content.0.status"));
        assertEquals(0L, api.get("/ping?uid=" + uid + "&orgUid=" + ORG).at("data"));
        assertEquals(403, api.sendMessage(visitorMessage("rc2", "RECALL", "agent-m", topic, uid)).status(),
                "only the author recalls");
    }

    @Test
    void badMessagesAre400AndStoreNothing() throws Exception {
        String other = api.newVisitor(ORG);
        String otherTopic = api.openThread(ORG, SID, other).text("data.thread.topic");
        assertEquals("'json' (the message JSON, as a string) is required", api.postJson("/message/send", "{}").text("message"));
        assertEquals(400, api.postJson("/message/send", "{\"json\":\"{not json\"}").status());
        assertEquals(400, api.postJson("/message/send", "{\"json\": ").status());
        assertEquals(400, api.sendMessage(text("b1", "x", topic, uid).replace("\"content\":\"x\"", "\"content\":[1]")).status());
        assertEquals(400, api.sendMessage(text("b2", "x", "org/workgroup/wg1/nobody", "nobody")).status(), "unknown visitor");
        assertEquals(400, api.sendMessage(text("b3", "x", "org/workgroup/nowhere/" + uid, uid)).status(), "unknown topic");
        Reply foreign = api.sendMessage(text("b4", "x", otherTopic, uid));
        assertEquals(403, foreign.status());
        assertEquals("this thread belongs to another visitor", foreign.text("message"));
        assertEquals(400, api.sendMessage(text("b5", "x".repeat(70_000), topic, uid)).status());
        assertTrue(historyUids(0, 20).isEmpty());
        assertEquals(0L, api.history(otherTopic, 0, 20).at("data.totalElements"));
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        String big = "{\"json\":\"" + "x".repeat(300 * 1024) + "\"}";
        Reply r = api.postJson("/message/send", big);
        assertEquals(413, r.status());
        assertEquals(413L, r.at("code"));
        Reply chunked = api.send(api.request("/message/send").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))));
        assertEquals(413, chunked.status(), "also without a Content-Length");
    }

    @Test
    void historyRefusesBadQueries() throws Exception {
        assertEquals("'topic' is required", api.get("/message/thread/topic").text("message"));
        assertEquals(400, api.history("org/workgroup/wg1/nobody", 0, 20).status());
        assertEquals(400, api.history("../../etc", 0, 20).status());
        assertEquals(400, api.get("/message/thread/topic?topic=" + ApiClient.enc(topic) + "&pageNumber=-1").status());
        assertEquals(400, api.get("/message/thread/topic?topic=" + ApiClient.enc(topic) + "&pageSize=abc").status());
        assertEquals(400, api.get("/message/thread/topic?topic=" + ApiClient.enc(topic) + "&sortBy=content").status());
        assertEquals(400, api.get("/message/thread/topic?topic=" + ApiClient.enc(topic) + "&orgUid=other").status());
        assertEquals(200, api.get("/message/thread/topic?topic=" + ApiClient.enc(topic) + "&orgUid=" + ORG).status());
    }

    @Test
    void pingAnswersTheUnreadCount() throws Exception {
        Reply r = api.get("/ping?uid=" + uid + "&orgUid=" + ORG);
        assertEquals(200, r.status());
        assertEquals(0L, r.at("data"));
        assertEquals(400, api.get("/ping?uid=nobody").status());
        assertEquals(400, api.get("/ping").status());
    }
}
