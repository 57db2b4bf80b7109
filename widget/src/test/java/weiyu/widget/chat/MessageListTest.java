package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageListTest {
    private final RecordingListener ui = new RecordingListener();
    private final MessageList list = new MessageList(ui);

    private static ChatMessage m(String uid, String createdAt, String status) {
        ChatMessage m = new ChatMessage();
        m.uid = uid;
        m.type = "TEXT";
        m.createdAt = createdAt;
        m.status = status;
        return m;
    }

    @Test
    void aUidIsShownOnce() {
        assertTrue(list.appendLive(m("a", "2026-01-01 10:00:00", "SUCCESS")));
        assertFalse(list.appendLive(m("a", "2026-01-01 10:00:00", "SUCCESS")));
        assertFalse(list.insertByTime(m("a", "2026-01-01 10:00:00", "SUCCESS")));
        list.appendOwn(m("a", "x", "SENDING"), 0);
        assertEquals(1, list.size());
    }

    @Test
    void historyGoesInByTimeAmongServerTimes() {
        list.insertByTime(m("b", "2026-01-01 10:00:02", "SUCCESS"));
        list.insertByTime(m("d", "2026-01-01 10:00:04", "SUCCESS"));
        list.insertByTime(m("a", "2026-01-01 10:00:01", "SUCCESS"));
        list.insertByTime(m("c", "2026-01-01 10:00:02", "SUCCESS")); // same second: after, by arrival
        assertEquals(List.of("a", "b", "c", "d"), ui.uids());
    }

    @Test
    void unconfirmedOwnMessagesStayLast() {
        list.insertByTime(m("a", "2026-01-01 10:00:01", "SUCCESS"));
        list.appendOwn(m("mine", "2099-01-01T00:00:00.000Z", "SENDING"), 0);
        list.insertByTime(m("b", "2026-01-01 10:00:05", "SUCCESS"));
        assertEquals(List.of("a", "b", "mine"), ui.uids());
        ChatMessage echo = m("mine", "2026-01-01 10:00:06", "SUCCESS");
        list.mergeServerCopy(echo);
        assertTrue(list.hasServerCopy("mine"));
        list.insertByTime(m("c", "2026-01-01 10:00:07", "SUCCESS"));
        assertEquals(List.of("a", "b", "mine", "c"), ui.uids());
    }

    @Test
    void serverCopiesNeverUndoAReceiptOrARecall() {
        list.appendLive(m("a", "t", "READ"));
        list.mergeServerCopy(m("a", "t", "SUCCESS"));
        assertEquals("READ", list.find("a").status);
        list.recall("a");
        list.mergeServerCopy(m("a", "t", "SUCCESS"));
        assertEquals("RECALL", list.find("a").status);
    }

    @Test
    void aFailedMessageConfirmedByTheServerBecomesSuccess() {
        list.appendOwn(m("a", "t", "ERROR"), 0);
        list.mergeServerCopy(m("a", "2026-01-01 10:00:00", "SUCCESS"));
        assertEquals("SUCCESS", list.find("a").status);
        assertEquals(1, ui.updates);
    }

    @Test
    void receiptsOnUnknownUidsAreIgnored() {
        list.applyReceipt("ghost", "READ");
        list.recall("ghost");
        assertEquals(0, ui.updates);
    }
}
