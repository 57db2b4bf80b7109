package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimeTest {
    @Test
    void formatsLikeDateToIsoString() {
        assertEquals("1970-01-01T00:00:00.000Z", IsoTime.format(0));
        assertEquals("2026-11-25T10:00:00.000Z", IsoTime.format(ChatFixture.WALL_START));
        assertEquals("2000-02-29T23:59:59.999Z", IsoTime.format(951868799999.0));
        assertEquals("1969-12-31T23:59:59.999Z", IsoTime.format(-1));
    }

    @Test
    void agreesWithJavaTimeOnRandomInstants() {
        Random random = new Random(7);
        for (int i = 0; i < 10000; i++) {
            long ms = (long) (random.nextDouble() * 8.0e12 - 1.0e12);
            assertEquals(Instant.ofEpochMilli(ms).toString().length() == 24 ? Instant.ofEpochMilli(ms).toString()
                    : Instant.ofEpochMilli(ms).toString().replace("Z", ".000Z"), IsoTime.format(ms), "at " + ms);
        }
    }

    @Test
    void sortKeysOrderServerAndIsoTimes() {
        assertEquals("20261125180000000", IsoTime.sortKey("2026-11-25 18:00:00"));
        assertEquals("20261125100000123", IsoTime.sortKey("2026-11-25T10:00:00.123Z"));
        assertEquals("00000000000000000", IsoTime.sortKey(null));
        assertTrue(IsoTime.sortKey("2026-11-25 18:00:00").compareTo(IsoTime.sortKey("2026-11-25 18:00:01")) < 0);
        assertTrue(IsoTime.sortKey("2026-11-25 09:59:59").compareTo(IsoTime.sortKey("2026-11-25T10:00:00.000Z")) < 0);
    }
}
