package weiyu.widget.chat;

/** ChatMessage to and from its wire JSON (protocol.md's MessageProtobuf), through the platform's JSON. */
final class MessageJson {
    private final JsonCodec json;

    MessageJson(JsonCodec json) {
        this.json = json;
    }

    /** The message in {@code text}, or null when it is not a message object with a uid. */
    ChatMessage decode(String text, String selfUid) {
        JsonObject o = text == null ? null : json.parse(text);
        return o == null ? null : fromObject(o, selfUid);
    }

    ChatMessage fromObject(JsonObject o, String selfUid) {
        String uid = o.string("uid");
        if (uid == null || uid.isEmpty()) {
            return null;
        }
        ChatMessage m = new ChatMessage();
        m.uid = uid;
        m.type = o.string("type");
        m.content = stringOrRaw(o, "content");
        m.status = o.string("status");
        m.createdAt = o.string("createdAt");
        m.channel = o.string("channel");
        m.extra = stringOrRaw(o, "extra");
        m.threadJson = o.raw("thread");
        JsonObject user = o.object("user");
        if (user != null) {
            m.userUid = user.string("uid");
            m.userNickname = user.string("nickname");
            m.userAvatar = user.string("avatar");
            m.userType = user.string("type");
        }
        if (selfUid != null && selfUid.equals(m.userUid)) {
            m.sender = ChatMessage.Sender.SELF;
        } else if (MessageTypes.isSystemLine(m.type) || "SYSTEM".equals(m.userType)) {
            m.sender = ChatMessage.Sender.SYSTEM;
        } else {
            m.sender = ChatMessage.Sender.AGENT;
        }
        return m;
    }

    String encode(ChatMessage m) {
        JsonObject o = json.newObject()
                .put("uid", m.uid)
                .put("type", m.type)
                .put("content", m.content)
                .put("status", m.status)
                .put("createdAt", m.createdAt)
                .put("channel", m.channel)
                .put("extra", m.extra);
        JsonObject thread = m.threadJson == null ? null : json.parse(m.threadJson);
        if (thread != null) {
            o.put("thread", thread);
        }
        o.put("user", json.newObject()
                .put("uid", m.userUid)
                .put("nickname", m.userNickname)
                .put("avatar", m.userAvatar)
                .put("type", m.userType));
        return o.stringify();
    }

    /** Some servers send content or extra as an object instead of a JSON string: keep its text. */
    private static String stringOrRaw(JsonObject o, String key) {
        String s = o.string(key);
        return s != null ? s : o.raw(key);
    }
}
