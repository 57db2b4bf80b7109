package weiyu.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import weiyu.server.TestMessages;

class MessageJsonTest {
    private static final String TOPIC = "org/workgroup/df_wg_uid/1795634998184001";

    private static String rejection(String json) {
        return assertThrows(Rejected.class, () -> MessageJson.parse(json)).getMessage();
    }

    @Test
    void roundTripKeepsEveryFieldIncludingUnknownOnes() throws Exception {
        String json = "{\"uid\":\"a1\",\"type\":\"TEXT\",\"content\":\"请问\",\"status\":\"SENDING\","
                + "\"createdAt\":\"2026-11-25T10:00:00.000Z\",\"channel\":\"WEB_FLOAT\",\"extra\":\"{\\\"orgUid\\\":\\\"o\\\"}\","
                + "\"thread\":{\"uid\":\"th\",\"topic\":\"" + TOPIC + "\",\"type\":\"WORKGROUP\",\"status\":\"NEW\","
                + "\"user\":{\"uid\":\"v\",\"nickname\":\"n\",\"type\":\"VISITOR\",\"level\":3},"
                + "\"workgroup\":\"{\\\"uid\\\":\\\"wg\\\"}\",\"settings\":{\"a\":[1,{\"b\":null}]}},"
                + "\"user\":{\"uid\":\"v\",\"nickname\":\"n\",\"avatar\":\"\",\"type\":\"VISITOR\"},\"future\":[true,1.5]}";
        ChatMessage m = MessageJson.parse(json);
        assertEquals("{\"uid\":\"a1\",\"type\":\"TEXT\",\"content\":\"请问\",\"status\":\"SENDING\","
                + "\"createdAt\":\"2026-11-25T10:00:00.000Z\",\"channel\":\"WEB_FLOAT\",\"extra\":\"{\\\"orgUid\\\":\\\"o\\\"}\","
                + "\"thread\":{\"uid\":\"th\",\"topic\":\"" + TOPIC + "\",\"type\":\"WORKGROUP\",\"status\":\"NEW\","
                + "\"user\":{\"uid\":\"v\",\"nickname\":\"n\",\"type\":\"VISITOR\",\"level\":3},"
                + "\"workgroup\":\"{\\\"uid\\\":\\\"wg\\\"}\",\"settings\":{\"a\":[1,{\"b\":null}]}},"
                + "\"user\":{\"uid\":\"v\",\"nickname\":\"n\",\"avatar\":\"\",\"type\":\"VISITOR\"},\"future\":[true,1.5]}",
                MessageJson.write(m));
    }

    @Test
    void theProtocolExampleParses() throws Exception {
        ChatMessage m = MessageJson.parse(TestMessages.text("a1b2", "hi", TOPIC, "1795634998184001"));
        assertEquals(TOPIC, m.thread().topic());
        assertEquals("1795634998184001", m.user().uid());
        assertEquals("{\"orgUid\":\"df_org_uid\"}", m.extra());
    }

    @Test
    void malformedJsonIsRefused() {
        assertTrue(rejection("{\"uid\":").startsWith("malformed JSON"));
        assertTrue(rejection("[1,2]").contains("must be a JSON object"));
        assertTrue(rejection("").contains("empty"));
        assertTrue(rejection("{} {}").contains("trailing"));
        assertTrue(rejection("{\"uid\":\"a\",\"uid\":\"b\"}").contains("Duplicate field 'uid'"));
    }

    @Test
    void wrongTypesNameTheField() {
        String ok = TestMessages.text("a1", "hi", TOPIC, "v");
        assertEquals("'content' must be a string", rejection(ok.replace("\"content\":\"hi\"", "\"content\":42")));
        assertEquals("'extra' must be a string", rejection(ok.replace("\"extra\":\"{\\\"orgUid\\\":\\\"df_org_uid\\\"}\"", "\"extra\":{}")));
        assertEquals("'thread' must be a JSON object", rejection(ok.replace("\"thread\":{", "\"thread\":\"x\",\"t\":{")));
        assertEquals("'user.uid' must be a string", rejection(ok.replace("\"uid\":\"v\"", "\"uid\":7")));
    }

    @Test
    void missingOrBadRequiredFieldsAreRefused() {
        String ok = TestMessages.text("a1", "hi", TOPIC, "v");
        assertTrue(rejection(ok.replace("\"uid\":\"a1\",", "")).startsWith("'uid' must be"));
        assertTrue(rejection(ok.replace("\"uid\":\"a1\"", "\"uid\":\"a b\"")).startsWith("'uid' must be"));
        assertTrue(rejection(ok.replace("\"type\":\"TEXT\"", "\"type\":\"text\"")).startsWith("'type' must be"));
        assertTrue(rejection(ok.replace(TOPIC, "org/workgroup/x/../y")).startsWith("'thread.topic' is not"));
        assertTrue(rejection(ok.replace(TOPIC, "org.workgroup.#")).startsWith("'thread.topic' is not"));
        assertTrue(rejection(ok.replace("\"topic\":\"" + TOPIC + "\",", "")).startsWith("'thread.topic' is missing"));
        assertEquals("'user.uid' is missing", rejection(ok.replace("\"uid\":\"v\",", "")));
    }

    @Test
    void oversizedMessagesAndFieldsAreRefused() {
        String big = "x".repeat(MessageJson.MAX_CONTENT + 1);
        assertEquals("'content' is longer than 65536 characters", rejection(TestMessages.text("a1", big, TOPIC, "v")));
        String huge = TestMessages.text("a1", "hi", TOPIC, "v").replace("\"channel\"", "\"pad\":\"" + "y".repeat(MessageJson.MAX_CHARS) + "\",\"channel\"");
        assertTrue(rejection(huge).contains("larger than"));
        String deep = "{\"uid\":\"a\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertTrue(rejection(deep).startsWith("malformed JSON"), rejection(deep));
    }
}
