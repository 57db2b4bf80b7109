package weiyu.widget.stomp;

/** Observes why connections end or messages fail; the client retries on its own. */
public interface ErrorListener {
    void onError(StompError error);
}
