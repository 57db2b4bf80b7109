package weiyu.widget.stomp;

/** One WebSocket connection as the STOMP engine sees it (the browser layer implements it). */
public interface Transport {
    /** Sends one text message. May throw if the socket is not open; the session then closes. */
    void send(String text);

    /** Closes the socket. A later onClose for it is ignored by the engine. */
    void close();
}
