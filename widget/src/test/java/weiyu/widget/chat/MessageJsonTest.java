package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MessageJsonTest {
    private final JacksonJson json = new JacksonJson();
    private final MessageJson codec = new MessageJson(json);

    @Test
    void roundTripKeepsEveryField() {
        ChatMessage m = new ChatMessage();
        m.uid = "u1";
        m.type = "TEXT";
        m.content = "line 1\nline \"2\" 你好";
        m.status = "SENDING";
        m.createdAt = "2026-11-25T10:00:00.000Z";
        m.channel = "WEB_FLOAT";
        m.extra = "{\"orgUid\":\"o\"}";
        m.threadJson = ChatFixture.THREAD;
        m.userUid = "v1";
        m.userNickname = "n";
        m.userAvatar = "";
        m.userType = "VISITOR";
        String text = codec.encode(m);
        assertEquals(-1, text.indexOf('\n'), "one line: the outbox relies on it");
        ChatMessage back = codec.decode(text, "v1");
        assertEquals(m.content, back.content);
        assertEquals(m.extra, back.extra);
        assertEquals(json.parse(ChatFixture.THREAD).stringify(), back.threadJson);
        assertEquals(ChatMessage.Sender.SELF, back.sender);
        assertEquals("VISITOR", back.userType);
        assertEquals(codec.encode(back), text);
    }

    @Test
    void lenientWithWhatServersSend() {
        ChatMessage m = codec.decode("{\"uid\":\"x\",\"type\":\"IMAGE\",\"content\":{\"url\":\"u\"},\"extra\":{\"a\":1}}", "v1");
        assertEquals("{\"url\":\"u\"}", m.content);
        assertEquals("{\"a\":1}", m.extra);
        assertNull(m.threadJson);
        assertEquals(ChatMessage.Sender.AGENT, m.sender);
        assertNull(codec.decode("{\"uid\":\"\"}", "v1"));
        assertNull(codec.decode("{\"uid\":\"x\"", "v1"));
        assertNull(codec.decode(null, "v1"));
        assertEquals(ChatMessage.Sender.SYSTEM,
                codec.decode("{\"uid\":\"x\",\"type\":\"TEXT\",\"user\":{\"type\":\"SYSTEM\"}}", "v1").sender);
    }
}
