package weiyu.widget.chat;

/**
 * One message as protocol.md's MessageProtobuf describes it:
 * {@code {uid, type, content, status, createdAt, channel, extra, thread, user}}.
 * Plain mutable fields keep the bundle small. {@code extra} is a JSON string, as on the
 * wire; {@code threadJson} is the thread object's JSON text, passed back untouched on
 * every message the visitor sends.
 */
public final class ChatMessage {
    public String uid;
    public String type;
    public String content;
    public String status;
    public String createdAt;
    public String channel;
    public String extra;
    public String threadJson;
    public String userUid;
    public String userNickname;
    public String userAvatar;
    public String userType;

    /** Who it is from, as the UI shows it. */
    public int sender;

    /** Int constants, not an enum (TeaVM makes enums costly); 0 means not known yet. */
    public static final class Sender {
        public static final int SELF = 1;
        public static final int AGENT = 2;
        public static final int SYSTEM = 3;

        private Sender() {
        }
    }
}
