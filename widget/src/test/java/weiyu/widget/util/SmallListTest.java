package weiyu.widget.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmallListTest {
    @Test
    void behavesLikeTheArrayListCallsItReplaces() {
        SmallList<String> list = new SmallList<>();
        assertTrue(list.isEmpty());
        for (int i = 0; i < 20; i++) {
            list.add("v" + i); // past the first capacity
        }
        assertEquals(20, list.size());
        assertEquals("v19", list.get(19));
        list.add(0, "first");
        list.add(5, "middle");
        assertEquals("first", list.get(0));
        assertEquals("v0", list.get(1));
        assertEquals("middle", list.get(5));
        assertEquals("v4", list.get(6));
        assertEquals(22, list.size());
        assertEquals(5, list.indexOf(new String("middle")));
        assertEquals(-1, list.indexOf("absent"));
        assertEquals("middle", list.remove(5));
        assertTrue(list.remove("first"));
        assertFalse(list.remove("first"));
        assertEquals("v0", list.get(0));
        assertEquals("v19", list.get(list.size() - 1));
        assertEquals(20, list.size());
        list.clear();
        assertTrue(list.isEmpty());
        assertEquals(-1, list.indexOf("v0"));
    }
}
