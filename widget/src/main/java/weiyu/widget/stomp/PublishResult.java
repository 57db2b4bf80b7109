package weiyu.widget.stomp;

/** What {@link StompClient#publish} did with a message (int constants: see {@link ClientState}). */
public final class PublishResult {
    /** Handed to the open connection. */
    public static final int SENT = 0;
    /** Kept in the outbox; sent in order right after the next CONNECTED. */
    public static final int QUEUED = 1;
    /** Refused: the outbox is full. Nothing was stored; the caller must keep the message. */
    public static final int OUTBOX_FULL = 2;
    /** Refused: the client is not active (never activated, or deactivated). */
    public static final int INACTIVE = 3;

    private PublishResult() {
    }

    /** The constant's name, as tests and the STOMP probe report it. */
    public static String name(int result) {
        return result == SENT ? "SENT" : result == QUEUED ? "QUEUED" : result == OUTBOX_FULL ? "OUTBOX_FULL"
                : "INACTIVE";
    }
}
