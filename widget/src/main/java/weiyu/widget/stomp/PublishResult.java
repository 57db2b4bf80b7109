package weiyu.widget.stomp;

/** What {@link StompClient#publish} did with a message. */
public enum PublishResult {
    /** Handed to the open connection. */
    SENT,
    /** Kept in the outbox; sent in order right after the next CONNECTED. */
    QUEUED,
    /** Refused: the outbox is full. Nothing was stored; the caller must keep the message. */
    OUTBOX_FULL,
    /** Refused: the client is not active (never activated, or deactivated). */
    INACTIVE
}
