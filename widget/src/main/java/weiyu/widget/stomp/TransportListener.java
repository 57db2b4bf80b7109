package weiyu.widget.stomp;

/** WebSocket events, delivered by the browser layer to the engine. */
public interface TransportListener {
    void onOpen();

    void onMessage(String text);

    /** A binary message (some brokers send STOMP as UTF-8 in binary frames). */
    void onBinaryMessage(byte[] data);

    void onClose(int code, String reason);

    /** The socket failed; the engine closes it and retries, a following onClose is ignored. */
    void onError(String message);
}
