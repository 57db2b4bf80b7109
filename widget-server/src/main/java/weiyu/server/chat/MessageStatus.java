package weiyu.server.chat;

/** The status values the server itself writes. */
public final class MessageStatus {
    public static final String SENDING = "SENDING";
    public static final String SUCCESS = "SUCCESS";
    public static final String DELIVERED = "DELIVERED";
    public static final String READ = "READ";
    public static final String RECALL = "RECALL";

    private MessageStatus() {
    }
}
