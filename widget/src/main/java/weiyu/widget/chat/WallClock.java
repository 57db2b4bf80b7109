package weiyu.widget.chat;

/**
 * Calendar time (Date.now() in the browser). Separate from the stomp Scheduler, whose clock
 * is monotonic (performance.now) and only good for differences: messages carry a real
 * ISO-8601 createdAt.
 */
public interface WallClock {
    /** Milliseconds since 1970-01-01T00:00:00Z. */
    double epochMillis();
}
