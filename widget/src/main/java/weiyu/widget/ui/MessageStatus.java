package weiyu.widget.ui;

/** The wire's message statuses folded into what a visitor sees on an own message. */
public final class MessageStatus {
    public static final int SENDING = 0;
    public static final int SENT = 1;
    public static final int DELIVERED = 2;
    public static final int READ = 3;
    public static final int FAILED = 4;
    public static final int RECALLED = 5;

    private MessageStatus() {
    }

    /** SUCCESS is the server's echo (sent); ERROR, TIMEOUT and BLOCKED all mean "failed, retry". */
    public static int of(String status) {
        // An if-chain: a switch on strings compiles to a hash table that costs bundle size.
        if ("SENDING".equals(status)) {
            return SENDING;
        }
        if ("DELIVERED".equals(status)) {
            return DELIVERED;
        }
        if ("READ".equals(status)) {
            return READ;
        }
        if ("ERROR".equals(status) || "TIMEOUT".equals(status) || "BLOCKED".equals(status)) {
            return FAILED;
        }
        return "RECALL".equals(status) ? RECALLED : SENT;
    }

    /** The name for {@code data-status}; a joined literal, as a static array would need a class initialiser. */
    public static String name(int status) {
        return Strings.split("sending|sent|delivered|read|failed|recalled")[status];
    }
}
