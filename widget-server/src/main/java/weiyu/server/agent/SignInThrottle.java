package weiyu.server.agent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Friction against password guessing: after {@link #FREE_FAILURES} wrong passwords for one
 * uid, that uid must wait before the next try, 1 s doubling per further failure up to 5
 * minutes. A right password clears the count; a quiet quarter of an hour forgets it. Waiting
 * is enforced by refusing (429), never by sleeping, so guessers cannot tie up server threads.
 */
public final class SignInThrottle {
    static final int FREE_FAILURES = 3;
    static final long MAX_WAIT_MS = 5 * 60_000;
    static final long FORGET_AFTER_MS = 15 * 60_000;
    /** Bounds memory when someone tries many uids; past it, stale entries go first. */
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, long lastAt, long blockedUntil) {
    }

    private final LongSupplier clock;
    private final Map<String, Failures> byUid = new ConcurrentHashMap<>();

    public SignInThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Milliseconds until {@code uid} may try again; 0 when it may now. */
    public long waitMs(String uid) {
        Failures f = byUid.get(uid);
        return f == null ? 0 : Math.max(0, f.blockedUntil - clock.getAsLong());
    }

    public void failed(String uid) {
        long now = clock.getAsLong();
        if (byUid.size() >= MAX_TRACKED) {
            byUid.values().removeIf(f -> now - f.lastAt > FORGET_AFTER_MS);
        }
        byUid.compute(uid, (k, f) -> {
            int count = f == null || now - f.lastAt > FORGET_AFTER_MS ? 1 : f.count + 1;
            long wait = count <= FREE_FAILURES ? 0 : Math.min(MAX_WAIT_MS, 1000L << Math.min(20, count - FREE_FAILURES - 1));
            return new Failures(count, now, now + wait);
        });
    }

    public void succeeded(String uid) {
        byUid.remove(uid);
    }
}
