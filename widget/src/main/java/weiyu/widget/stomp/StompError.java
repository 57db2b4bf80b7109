package weiyu.widget.stomp;

/** Why a connection ended (or a message failed), as reported to the {@link ErrorListener}. */
public final class StompError {
    public enum Kind {
        /** The server sent ERROR: {@link #message} is its message header, {@link #body} its body. */
        SERVER_ERROR,
        /** The server's bytes were not valid STOMP (parser error) or CONNECTED was unusable. */
        PROTOCOL_ERROR,
        /** No CONNECTED within the connect timeout. */
        CONNECT_TIMEOUT,
        /** Nothing received for twice the negotiated heart-beat interval. */
        HEARTBEAT_TIMEOUT,
        /** The socket closed: {@link #closeCode} and {@link #message} (the reason) tell more. */
        TRANSPORT_CLOSED,
        /** The socket failed to open, send, or reported an error. */
        TRANSPORT_ERROR,
        /** A {@link MessageHandler} threw; the message was not ACKed, the connection stays. */
        HANDLER_FAILED
    }

    public final Kind kind;
    public final String message;
    /** The ERROR frame's body, "" otherwise. */
    public final String body;
    /** The WebSocket close code for TRANSPORT_CLOSED, 0 otherwise. */
    public final int closeCode;

    StompError(Kind kind, String message, String body, int closeCode) {
        this.kind = kind;
        this.message = message == null ? "" : message;
        this.body = body == null ? "" : body;
        this.closeCode = closeCode;
    }

    static StompError of(Kind kind, String message) {
        return new StompError(kind, message, "", 0);
    }

    @Override
    public String toString() {
        return kind + (closeCode != 0 ? " " + closeCode : "") + ": " + message
                + (body.isEmpty() ? "" : " / " + body);
    }
}
