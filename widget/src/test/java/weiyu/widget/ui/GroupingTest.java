package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupingTest {
    private static final int NOON = ChatTime.parse("2026-11-25 12:00:00", 0);
    private static final int U = ChatTime.UNKNOWN;

    @Test
    void aNewDayNeedsASeparatorAndTheFirstKnownTimeStartsOne() {
        assertTrue(Grouping.newDay(U, NOON));
        assertTrue(Grouping.newDay(NOON, NOON + 12 * 60));
        assertFalse(Grouping.newDay(NOON, NOON + 11 * 60));
        assertFalse(Grouping.newDay(NOON, U), "an unknown time follows its neighbour");
    }

    @Test
    void messagesGroupBySenderNameAndFiveMinutes() {
        assertTrue(Grouping.continues("agent", "小林", NOON, "agent", "小林", NOON + 5));
        assertFalse(Grouping.continues("agent", "小林", NOON, "agent", "小林", NOON + 6));
        assertFalse(Grouping.continues("agent", "小林", NOON, "agent", "小王", NOON + 1), "another agent");
        assertFalse(Grouping.continues("self", null, NOON, "agent", "小林", NOON), "another side");
        assertTrue(Grouping.continues("self", null, NOON, "self", null, NOON + 2));
        assertFalse(Grouping.continues("system", null, NOON, "system", null, NOON), "system lines stand alone");
    }
}
