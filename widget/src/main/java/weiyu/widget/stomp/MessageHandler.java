package weiyu.widget.stomp;

/** Receives the MESSAGE frames of one subscription. */
public interface MessageHandler {
    /** Returning normally means handled: the client then ACKs (for ack modes client*). */
    void onMessage(StompFrame message);
}
