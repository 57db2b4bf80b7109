package weiyu.widget.stomp;

/** A scheduled task that may be called off; cancelling twice or after it ran is harmless. */
public interface Cancellable {
    void cancel();
}
