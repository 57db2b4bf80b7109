package weiyu.server;

import weiyu.server.http.Json;

/** Message JSON as a visitor client or the agent page sends it (shape of protocol.md's example). */
public final class TestMessages {
    private TestMessages() {
    }

    public static String visitorMessage(String uid, String type, String content, String topic, String visitorUid) {
        return message(uid, type, content, topic, visitorUid, "访客", "VISITOR", "WEB_FLOAT");
    }

    /** What the agent page sends: user.type AGENT, channel WEB. */
    public static String agentMessage(String uid, String type, String content, String topic, String agentUid) {
        return message(uid, type, content, topic, agentUid, "小林", "AGENT", "WEB");
    }

    private static String message(String uid, String type, String content, String topic, String userUid, String nickname,
            String userType, String channel) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("uid", uid);
            g.writeStringField("type", type);
            g.writeStringField("content", content);
            g.writeStringField("status", "SENDING");
            g.writeStringField("createdAt", "2026-11-25T10:00:00.000Z");
            g.writeStringField("channel", channel);
            g.writeStringField("extra", "{\"orgUid\":\"df_org_uid\"}");
            g.writeObjectFieldStart("thread");
            g.writeStringField("uid", "th_01");
            g.writeStringField("topic", topic);
            g.writeStringField("type", "WORKGROUP");
            g.writeStringField("status", "CHATTING");
            g.writeEndObject();
            g.writeObjectFieldStart("user");
            g.writeStringField("uid", userUid);
            g.writeStringField("nickname", nickname);
            g.writeStringField("avatar", "");
            g.writeStringField("type", userType);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    public static String text(String uid, String content, String topic, String visitorUid) {
        return visitorMessage(uid, "TEXT", content, topic, visitorUid);
    }
}
