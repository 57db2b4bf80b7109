package weiyu.widget.chat;

/**
 * Calendar time (Date.now() in the browser). Separate from the stomp Scheduler, whose clock
 * is monotonic (performance.now) and only good for differences: messages carry a real
 * ISO-8601 createdAt.
 */
public interface WallClock {
    /** Milliseconds since 1970-01-01T00:00:00Z. */
    double epochMillis();

    /** {@code epochMillis} as ISO-8601 in UTC, e.g. {@code 2026-11-25T10:00:00.000Z} (the browser's toISOString). */
    default String iso(double epochMillis) {
        return IsoTime.format(epochMillis);
    }
}
