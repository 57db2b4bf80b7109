package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoredListTest {
    private final MemoryStore store = new MemoryStore();

    @Test
    void survivesAReload() {
        StoredList list = new StoredList(store, "k", 10);
        list.add("a");
        list.add("b");
        list.add("a");
        StoredList again = new StoredList(store, "k", 10);
        assertEquals(2, again.size());
        assertEquals("a", again.get(0));
        assertEquals("b", again.get(1));
    }

    @Test
    void forgetsTheOldestBeyondCapacity() {
        StoredList list = new StoredList(store, "k", 3);
        for (String s : new String[] {"a", "b", "c", "d"}) {
            list.add(s);
        }
        assertFalse(list.contains("a"));
        assertTrue(list.contains("d"));
        assertEquals("b\nc\nd", store.get("k"));
    }

    @Test
    void emptyMeansNoKeyAndBadItemsAreRefused() {
        StoredList list = new StoredList(store, "k", 3);
        list.add("x\ny");
        list.add("");
        list.add(null);
        assertNull(store.get("k"));
        list.add("a");
        list.remove("a");
        assertNull(store.get("k"));
    }

    @Test
    void toleratesJunkInTheStore() {
        store.set("k", "\n\na\n\nb\n");
        StoredList list = new StoredList(store, "k", 3);
        assertEquals(2, list.size());
    }
}
