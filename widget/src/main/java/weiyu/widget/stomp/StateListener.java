package weiyu.widget.stomp;

/** Observes {@link StompClient} state changes. */
public interface StateListener {
    /** {@code reconnectDelayMs} is the wait before the next attempt for RECONNECTING, else 0. */
    void onStateChange(int state, double reconnectDelayMs);
}
