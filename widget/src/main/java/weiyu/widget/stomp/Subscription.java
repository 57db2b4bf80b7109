package weiyu.widget.stomp;

/** A client-side subscription; outlives connections and is replayed after each CONNECTED. */
final class Subscription {
    final String id;
    final String destination;
    final String ackMode;
    final MessageHandler handler;

    Subscription(String id, String destination, String ackMode, MessageHandler handler) {
        this.id = id;
        this.destination = destination;
        this.ackMode = ackMode;
        this.handler = handler;
    }

    /** Whether the server expects an ACK per MESSAGE (ack modes client and client-individual). */
    boolean needsAck() {
        return !"auto".equals(ackMode);
    }
}
