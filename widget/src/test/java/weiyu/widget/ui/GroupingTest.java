package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import weiyu.widget.chat.ChatMessage;

class GroupingTest {
    private static final int NOON = ChatTime.parse("2026-11-25 12:00:00", 0);
    private static final int U = ChatTime.UNKNOWN;
    private static final int AGENT = ChatMessage.Sender.AGENT;
    private static final int SELF = ChatMessage.Sender.SELF;
    private static final int SYSTEM = ChatMessage.Sender.SYSTEM;

    @Test
    void aNewDayNeedsASeparatorAndTheFirstKnownTimeStartsOne() {
        assertTrue(Grouping.newDay(U, NOON));
        assertTrue(Grouping.newDay(NOON, NOON + 12 * 60));
        assertFalse(Grouping.newDay(NOON, NOON + 11 * 60));
        assertFalse(Grouping.newDay(NOON, U), "an unknown time follows its neighbour");
    }

    @Test
    void messagesGroupBySenderNameAndFiveMinutes() {
        assertTrue(Grouping.continues(AGENT, "小林", NOON, AGENT, "小林", NOON + 5));
        assertFalse(Grouping.continues(AGENT, "小林", NOON, AGENT, "小林", NOON + 6));
        assertFalse(Grouping.continues(AGENT, "小林", NOON, AGENT, "小王", NOON + 1), "another agent");
        assertFalse(Grouping.continues(SELF, null, NOON, AGENT, "小林", NOON), "another side");
        assertTrue(Grouping.continues(SELF, null, NOON, SELF, null, NOON + 2));
        assertFalse(Grouping.continues(SYSTEM, null, NOON, SYSTEM, null, NOON), "system lines stand alone");
    }
}
