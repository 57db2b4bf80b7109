package weiyu.widget.stomp;

/** Clock and timers (setTimeout in the browser, a fake clock in tests). */
public interface Scheduler {
    /** Milliseconds on a monotonic-enough clock; only differences are used. */
    double now();

    /** Runs {@code task} once after {@code delayMs}; the handle cancels it. */
    Cancellable schedule(double delayMs, Runnable task);
}
