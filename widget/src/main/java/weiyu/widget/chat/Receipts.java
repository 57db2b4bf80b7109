package weiyu.widget.chat;

/**
 * READ receipts: the visitor side counts a message as read when it arrives (the seed's rule),
 * and sends one receipt per uid, ever: the set of receipted uids is persisted, so reconnects,
 * history reloads and page reloads never send a second one.
 */
final class Receipts {
    private final ChatState s;
    private final OutgoingMessages out;
    private final Delivery delivery;

    Receipts(ChatState state, OutgoingMessages out, Delivery delivery) {
        this.s = state;
        this.out = out;
        this.delivery = delivery;
    }

    /** Sends a READ receipt for {@code m} from the agent side, unless one went already. */
    void acknowledge(ChatMessage m) {
        if (!MessageTypes.wantsReceipt(m.type) || "READ".equals(m.status) || s.receipted.contains(m.uid)) {
            return;
        }
        // Remembered before sending: a receipt lost with the connection is not worth a duplicate.
        s.receipted.add(m.uid);
        delivery.signal(out.readReceipt(m.uid), true);
    }
}
