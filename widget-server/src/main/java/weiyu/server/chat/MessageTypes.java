package weiyu.server.chat;

import java.util.Set;

/** How the server treats each message type. */
public final class MessageTypes {
    public static final String WELCOME = "WELCOME";
    public static final String CONTINUE = "CONTINUE";
    public static final String LEAVE_MSG = "LEAVE_MSG";
    public static final String RECALL = "RECALL";
    public static final String READ = "READ";
    public static final String DELIVERED = "DELIVERED";

    /** Passed on to the thread but never stored (protocol.md: "signals"). */
    private static final Set<String> SIGNALS = Set.of("TYPING", "PROCESSING", "PREVIEW", "RATE_SUBMIT");

    /** Change the status of the message whose uid is in {@code content}; not stored themselves. */
    private static final Set<String> RECEIPTS = Set.of(READ, DELIVERED);

    /**
     * What a visitor may send. System and agent types (WELCOME, AGENT_CLOSED, TRANSFER, ...)
     * coming from a visitor would let one visitor fake the service's voice, so they are refused.
     */
    private static final Set<String> FROM_VISITORS = Set.of("TEXT", "IMAGE", "FILE", "AUDIO", "VIDEO",
            "TYPING", "PREVIEW", RECALL, READ, DELIVERED, "LEAVE_MSG_SUBMIT", "RATE_SUBMIT");

    private MessageTypes() {
    }

    public static boolean isSignal(String type) {
        return SIGNALS.contains(type);
    }

    public static boolean isReceipt(String type) {
        return RECEIPTS.contains(type);
    }

    public static boolean visitorMaySend(String type) {
        return FROM_VISITORS.contains(type);
    }
}
