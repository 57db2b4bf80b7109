package weiyu.widget.ui;

/** Lets an action through at most once per interval; the clock is passed in (sans-IO). */
public final class Throttle {
    private final double intervalMs;
    private double last = -1e15;

    public Throttle(double intervalMs) {
        this.intervalMs = intervalMs;
    }

    /** True when the action may run now; the interval then starts again. */
    public boolean allow(double nowMs) {
        if (nowMs - last < intervalMs) {
            return false;
        }
        last = nowMs;
        return true;
    }
}
