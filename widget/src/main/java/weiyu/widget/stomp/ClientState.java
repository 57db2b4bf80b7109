package weiyu.widget.stomp;

/** What a {@link StompClient} is doing. */
public enum ClientState {
    /** Opening a socket and waiting for CONNECTED. */
    CONNECTING,
    /** CONNECTED received, subscriptions restored and the outbox flushed. */
    CONNECTED,
    /** Lost the connection; a new attempt is scheduled (the delay comes with the event). */
    RECONNECTING,
    /** Not active: before activate() or after deactivate(). */
    CLOSED
}
