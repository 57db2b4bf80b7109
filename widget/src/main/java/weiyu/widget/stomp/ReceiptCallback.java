package weiyu.widget.stomp;

/** Called once when the RECEIPT for a frame arrives (never if the connection drops first). */
public interface ReceiptCallback {
    void onReceipt(StompFrame receipt);
}
