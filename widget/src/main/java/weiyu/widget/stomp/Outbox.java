package weiyu.widget.stomp;

import weiyu.widget.util.SmallList;

/** Frames published while disconnected, in order, bounded. */
final class Outbox {
    private final int capacity;
    private final SmallList<StompFrame> frames = new SmallList<>();
    private final SmallList<ReceiptCallback> receipts = new SmallList<>();

    Outbox(int capacity) {
        this.capacity = capacity;
    }

    boolean isFull() {
        return frames.size() >= capacity;
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    int size() {
        return frames.size();
    }

    void add(StompFrame frame, ReceiptCallback receipt) {
        frames.add(frame);
        receipts.add(receipt);
    }

    StompFrame firstFrame() {
        return frames.get(0);
    }

    ReceiptCallback firstReceipt() {
        return receipts.get(0);
    }

    void removeFirst() {
        frames.remove(0);
        receipts.remove(0);
    }
}
