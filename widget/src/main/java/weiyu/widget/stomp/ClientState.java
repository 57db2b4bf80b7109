package weiyu.widget.stomp;

/**
 * What a {@link StompClient} is doing. Int constants, not an enum: TeaVM turns every enum into
 * a class with objects, a static initializer and name strings, which the bundle pays for.
 */
public final class ClientState {
    /** Opening a socket and waiting for CONNECTED. */
    public static final int CONNECTING = 0;
    /** CONNECTED received, subscriptions restored and the outbox flushed. */
    public static final int CONNECTED = 1;
    /** Lost the connection; a new attempt is scheduled (the delay comes with the event). */
    public static final int RECONNECTING = 2;
    /** Not active: before activate() or after deactivate(). */
    public static final int CLOSED = 3;

    private ClientState() {
    }

    /** The constant's name, as tests and the STOMP probe report it. */
    public static String name(int state) {
        return state == CONNECTING ? "CONNECTING" : state == CONNECTED ? "CONNECTED"
                : state == RECONNECTING ? "RECONNECTING" : "CLOSED";
    }
}
