package weiyu.widget.stomp;

/**
 * Exponential backoff with full jitter: attempt n waits random(0, min(cap, base * 2^n)).
 * Full jitter spreads the reconnects of many visitors after a server restart.
 */
final class Backoff {
    private final double baseMs;
    private final double capMs;
    private final RandomSource random; // null: Math.random (no lambda class in the bundle)

    Backoff(double baseMs, double capMs, RandomSource random) {
        this.baseMs = baseMs;
        this.capMs = capMs;
        this.random = random;
    }

    double delayMs(int attempt) {
        double ceiling = baseMs;
        for (int i = 0; i < attempt && ceiling < capMs; i++) {
            ceiling *= 2; // a loop, not 2^n: no overflow however many attempts
        }
        if (ceiling > capMs) {
            ceiling = capMs;
        }
        double r = random == null ? Math.random() : random.next();
        if (r < 0) {
            r = 0;
        } else if (r > 1) {
            r = 1;
        }
        return r * ceiling;
    }
}
