package weiyu.server.stomp;

/** The socket under one {@link ServerStompSession} (Jetty's WebSocket session in production). */
public interface ServerConnection {
    /** Sends one text message; must be safe to call from any thread. */
    void send(String text);

    /** Closes the socket after what was sent so far. */
    void close(int code, String reason);
}
