package weiyu.widget.stomp;

/** What a {@link StompSession} tells its owner. */
public interface SessionListener {
    /** CONNECTED arrived; version and heart-beats are negotiated. */
    void onConnected(StompSession session);

    void onMessage(StompSession session, StompFrame message);

    /**
     * The session is over and its socket closed (exactly once). {@code cause} is null when it
     * ended on purpose (disconnect() or close()), else why it died.
     */
    void onClosed(StompSession session, StompError cause);
}
