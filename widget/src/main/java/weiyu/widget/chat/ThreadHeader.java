package weiyu.widget.chat;

/** The panel header: who the visitor talks to, from the thread POST /thread returned. */
final class ThreadHeader {
    private ThreadHeader() {
    }

    /**
     * Shows the agent, robot or workgroup of the thread (each a JSON string inside the thread,
     * per protocol.md), else the sender of the first message.
     */
    static void show(ChatState s, JsonObject firstMessage, boolean online) {
        JsonObject thread = firstMessage.object("thread");
        JsonObject who = null;
        if (thread != null) {
            who = party(s, thread, "agent");
            if (who == null) {
                who = party(s, thread, "robot");
            }
            if (who == null) {
                who = party(s, thread, "workgroup");
            }
        }
        if (who == null) {
            who = firstMessage.object("user");
        }
        String title = who == null ? null : who.string("nickname");
        String avatar = who == null ? null : who.string("avatar");
        s.listener.headerChanged(title == null ? "" : title, avatar == null || avatar.isEmpty() ? null : avatar, online);
    }

    /** The party stored under {@code key}: a JSON string, or an object from lenient servers. */
    private static JsonObject party(ChatState s, JsonObject thread, String key) {
        String text = thread.string(key);
        JsonObject o = text != null ? s.io.json.parse(text) : thread.object(key);
        return o != null && o.string("nickname") != null ? o : null;
    }
}
