package weiyu.widget.stomp;

/** Settings of a {@link StompClient} and its sessions. Plain fields: set them before activate(). */
public final class StompConfig {
    /** WebSocket URL, e.g. ws://127.0.0.1:9003/stomp. */
    public String url;
    /**
     * CONNECT {@code host}. "/" because RabbitMQ reads it as the virtual host (its default is
     * "/") while Spring's broker ignores it; a hostname would be refused by RabbitMQ.
     */
    public String host = "/";
    /** CONNECT {@code login} (bytedesk: the visitor uid); omitted when null. */
    public String login;
    /** CONNECT {@code passcode}; omitted when null. */
    public String passcode;
    /** Extra CONNECT headers as flat name/value pairs, or null. */
    public String[] connectHeaders;
    /** We can send a heart-beat every this many ms (0: never). */
    public int heartbeatOutgoingMs = 10000;
    /** We want a heart-beat from the server every this many ms (0: never). */
    public int heartbeatIncomingMs = 10000;
    public int maxFrameBytes = StompParser.DEFAULT_MAX_FRAME_BYTES;
    /** From asking for a socket to CONNECTED. */
    public int connectTimeoutMs = 10000;
    /** How long DISCONNECT waits for its RECEIPT before closing anyway. */
    public int disconnectTimeoutMs = 2000;
    /** Backoff: first retry waits up to this, doubling per failed attempt. */
    public int reconnectBaseMs = 1000;
    /** Backoff never waits longer than this. */
    public int reconnectCapMs = 30000;
    /** A connection that stayed CONNECTED this long resets the backoff to its base. */
    public int backoffResetAfterMs = 30000;
    /** Messages kept while disconnected; more are refused with OUTBOX_FULL. */
    public int outboxCapacity = 500;
}
