package weiyu.server.store;

/**
 * A stored message. {@code seq} orders a thread's history (createdAt has one-second
 * resolution). {@code status} is current; the one inside {@code json} is as first stored.
 */
public record StoredMessage(long seq, String uid, String topic, String type, String content, String status,
        String senderUid, String createdAt, String json) {
}
