package weiyu.widget.ui;

/** The wire's message statuses folded into what a visitor sees on an own message. */
public final class MessageStatus {
    public static final int SENDING = 0;
    public static final int SENT = 1;
    public static final int DELIVERED = 2;
    public static final int READ = 3;
    public static final int FAILED = 4;
    public static final int RECALLED = 5;

    /** Names for {@code data-status}, indexed by the constants above. */
    private static final String[] NAMES = { "sending", "sent", "delivered", "read", "failed", "recalled" };

    private MessageStatus() {
    }

    /** SUCCESS is the server's echo (sent); ERROR, TIMEOUT and BLOCKED all mean "failed, retry". */
    public static int of(String status) {
        if (status == null || "SENDING".equals(status)) {
            return status == null ? SENT : SENDING;
        }
        switch (status) {
            case "DELIVERED":
                return DELIVERED;
            case "READ":
                return READ;
            case "ERROR":
            case "TIMEOUT":
            case "BLOCKED":
                return FAILED;
            case "RECALL":
                return RECALLED;
            default:
                return SENT;
        }
    }

    public static String name(int status) {
        return NAMES[status];
    }
}
