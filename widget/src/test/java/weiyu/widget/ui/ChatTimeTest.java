package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChatTimeTest {
    @Test
    void serverTimeIsTakenAsLocal() {
        int t = ChatTime.parse("2026-11-25 18:05:09", 480);
        assertEquals("18:05", ChatTime.clock(t));
        assertArrayEquals(new int[] { 2026, 11, 25 }, ChatTime.civil(ChatTime.day(t)));
    }

    @Test
    void isoWithAZoneMovesIntoTheBrowsersZone() {
        int t = ChatTime.parse("2026-11-25T20:30:00.000Z", 480);
        assertEquals("04:30", ChatTime.clock(t));
        assertArrayEquals(new int[] { 2026, 11, 26 }, ChatTime.civil(ChatTime.day(t)));
        assertEquals(t, ChatTime.parse("2026-11-26T04:30:00+08:00", 480));
        assertEquals(t, ChatTime.parse("2026-11-25T15:00:00-0530", 480));
    }

    @Test
    void daysRoundTripAcrossLeapYearsAndEpoch() {
        assertEquals(0, ChatTime.daysFromCivil(1970, 1, 1));
        assertArrayEquals(new int[] { 2024, 2, 29 }, ChatTime.civil(ChatTime.daysFromCivil(2024, 2, 29)));
        assertArrayEquals(new int[] { 1969, 12, 31 }, ChatTime.civil(-1));
    }

    @Test
    void garbageIsUnknown() {
        assertEquals(ChatTime.UNKNOWN, ChatTime.parse(null, 0));
        assertEquals(ChatTime.UNKNOWN, ChatTime.parse("yesterday", 0));
        assertEquals(ChatTime.UNKNOWN, ChatTime.parse("2026-13-01 00:00:00", 0));
        assertEquals(ChatTime.UNKNOWN, ChatTime.parse("2026/11/25 10:00:00", 0));
    }

    @Test
    void dayLabelsPerLocale() {
        int today = ChatTime.daysFromCivil(2026, 11, 25);
        Strings zh = Strings.forLocale("zh-CN");
        Strings en = Strings.forLocale("en");
        assertEquals("今天", zh.dayLabel(today, today));
        assertEquals("Yesterday", en.dayLabel(today - 1, today));
        assertEquals("11月20日", zh.dayLabel(today - 5, today));
        assertEquals("Nov 20", en.dayLabel(today - 5, today));
        assertEquals("2025年12月31日", zh.dayLabel(ChatTime.daysFromCivil(2025, 12, 31), today));
        assertEquals("Dec 31, 2025", en.dayLabel(ChatTime.daysFromCivil(2025, 12, 31), today));
    }
}
