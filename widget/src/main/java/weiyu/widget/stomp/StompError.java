package weiyu.widget.stomp;

/** Why a connection ended (or a message failed), as reported to the {@link ErrorListener}. */
public final class StompError {
    // Kinds: int constants, not an enum (see ClientState); a nested class would cost the bundle one more class.
    /** The server sent ERROR: {@link #message} is its message header, {@link #body} its body. */
    public static final int SERVER_ERROR = 0;
    /** The server's bytes were not valid STOMP (parser error) or CONNECTED was unusable. */
    public static final int PROTOCOL_ERROR = 1;
    /** No CONNECTED within the connect timeout. */
    public static final int CONNECT_TIMEOUT = 2;
    /** Nothing received for twice the negotiated heart-beat interval. */
    public static final int HEARTBEAT_TIMEOUT = 3;
    /** The socket closed: {@link #closeCode} and {@link #message} (the reason) tell more. */
    public static final int TRANSPORT_CLOSED = 4;
    /** The socket failed to open, send, or reported an error. */
    public static final int TRANSPORT_ERROR = 5;
    /** A {@link MessageHandler} threw; the message was not ACKed, the connection stays. */
    public static final int HANDLER_FAILED = 6;

    /** The constant's name, as {@link #toString()} shows it. */
    public static String name(int kind) {
        // A chain, not an array: a static array costs the class an initializer in the bundle.
        return kind == SERVER_ERROR ? "SERVER_ERROR" : kind == PROTOCOL_ERROR ? "PROTOCOL_ERROR"
                : kind == CONNECT_TIMEOUT ? "CONNECT_TIMEOUT" : kind == HEARTBEAT_TIMEOUT ? "HEARTBEAT_TIMEOUT"
                : kind == TRANSPORT_CLOSED ? "TRANSPORT_CLOSED" : kind == TRANSPORT_ERROR ? "TRANSPORT_ERROR"
                : "HANDLER_FAILED";
    }

    /** One of the kind constants. */
    public final int kind;
    public final String message;
    /** The ERROR frame's body, "" otherwise. */
    public final String body;
    /** The WebSocket close code for TRANSPORT_CLOSED, 0 otherwise. */
    public final int closeCode;

    StompError(int kind, String message, String body, int closeCode) {
        this.kind = kind;
        this.message = message == null ? "" : message;
        this.body = body == null ? "" : body;
        this.closeCode = closeCode;
    }

    static StompError of(int kind, String message) {
        return new StompError(kind, message, "", 0);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(name(kind));
        if (closeCode != 0) {
            out.append(' ').append(closeCode);
        }
        out.append(": ").append(message);
        if (!body.isEmpty()) {
            out.append(" / ").append(body);
        }
        return out.toString();
    }
}
