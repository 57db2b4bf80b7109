package weiyu.widget.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void ceilingDoublesUpToTheCap() {
        Backoff backoff = new Backoff(1000, 30000, () -> 1.0);
        double[] expected = {1000, 2000, 4000, 8000, 16000, 30000, 30000};
        for (int attempt = 0; attempt < expected.length; attempt++) {
            assertEquals(expected[attempt], backoff.delayMs(attempt), 0.0, "attempt " + attempt);
        }
        assertEquals(30000, backoff.delayMs(Integer.MAX_VALUE), 0.0, "no overflow");
    }

    @Test
    void fullJitterUsesTheWholeRangeAndNeverExceedsTheCap() {
        Random random = new Random(5);
        Backoff backoff = new Backoff(1000, 30000, random::nextDouble);
        for (int attempt = 0; attempt < 12; attempt++) {
            double ceiling = Math.min(30000, 1000 * Math.pow(2, attempt));
            double min = Double.MAX_VALUE;
            double max = 0;
            for (int i = 0; i < 5000; i++) {
                double d = backoff.delayMs(attempt);
                assertTrue(d >= 0 && d <= ceiling, d + " outside [0, " + ceiling + "]");
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            assertTrue(min < ceiling * 0.01, "reaches near 0: " + min);
            assertTrue(max > ceiling * 0.99, "reaches near the ceiling: " + max);
        }
    }

    @Test
    void outOfRangeRandomIsClamped() {
        assertEquals(0, new Backoff(1000, 30000, () -> -3).delayMs(2), 0.0);
        assertEquals(4000, new Backoff(1000, 30000, () -> 7).delayMs(2), 0.0);
    }
}
