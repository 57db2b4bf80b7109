package weiyu.widget.chat;

/** Builds the visitor's messages the way the seed builds them. */
final class OutgoingMessages {
    static final String CHANNEL = "WEB_FLOAT";

    private final ChatState s;

    /** Whether the visitor sees this own message as a line (ratings and left messages get a toast). */
    static boolean shownWhenSent(String type) {
        return !MessageTypes.isSignal(type) && !MessageTypes.LEAVE_MSG_SUBMIT.equals(type);
    }

    OutgoingMessages(ChatState state) {
        this.s = state;
    }

    /** uid, type, content, status SENDING, createdAt now, channel, extra {orgUid}, thread, user. */
    ChatMessage create(String type, String content, JsonObject extra) {
        ChatMessage m = new ChatMessage();
        m.uid = s.io.ids.newUid();
        m.type = type;
        m.content = content;
        m.status = MessageTypes.SENDING;
        m.createdAt = s.io.clock.iso(s.io.clock.epochMillis());
        m.channel = CHANNEL;
        m.extra = (extra != null ? extra : s.extra()).stringify();
        m.sender = ChatMessage.Sender.SELF;
        stamp(m);
        return m;
    }

    /**
     * Puts the current thread and visitor on {@code m}. A message typed before POST /thread
     * answered, or kept in the outbox from an earlier page, is sent with what holds now.
     */
    void stamp(ChatMessage m) {
        if (s.threadJson != null) {
            m.threadJson = s.threadJson;
        }
        m.userUid = s.visitorUid;
        m.userNickname = s.visitorNickname;
        m.userAvatar = s.visitorAvatar;
        m.userType = "VISITOR";
    }

    /** IMAGE/FILE content: {@code {url,label,mimeType,size,filename}} as a JSON string. */
    String fileContent(String url, String fileName, String mimeType, int size) {
        return s.io.json.newObject()
                .put("url", url)
                .put("label", fileName)
                .put("mimeType", mimeType)
                .put("size", size)
                .put("filename", fileName)
                .stringify();
    }

    ChatMessage rating(int score, boolean resolved, String comment) {
        String text = comment == null ? "" : comment;
        JsonObject extra = s.extra().put("score", score).put("resolved", resolved)
                .put("content", text).put("comment", text); // the seed says content, protocol.md comment
        // The seed puts the rated object's id in content: the thread is what the visitor rates.
        return create(MessageTypes.RATE_SUBMIT, threadUid(), extra);
    }

    ChatMessage leaveMessage(String nickname, String contact, String content) {
        ChatMessage m = create(MessageTypes.LEAVE_MSG_SUBMIT, null, null);
        m.content = m.uid; // as the seed: content is the message's own uid, the form is in extra
        m.extra = s.extra().put("uid", m.uid).put("nickname", nickname).put("contact", contact)
                .put("content", content).put("type", "").putEmptyArray("images").stringify();
        return m;
    }

    ChatMessage recall(String targetUid) {
        return create(MessageTypes.RECALL, targetUid, null);
    }

    ChatMessage readReceipt(String targetUid) {
        return create(MessageTypes.READ, targetUid, null);
    }

    ChatMessage typing() {
        return create(MessageTypes.TYPING, "", null);
    }

    private String threadUid() {
        JsonObject thread = s.threadJson == null ? null : s.io.json.parse(s.threadJson);
        String uid = thread == null ? null : thread.string("uid");
        return uid == null ? "" : uid;
    }
}
