package weiyu.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void equalBytesGiveEqualQuotedTags() {
        String tag = EntityTags.of(bytes("{\"a\":1}"));
        assertEquals(tag, EntityTags.of(bytes("{\"a\":1}")));
        assertNotEquals(tag, EntityTags.of(bytes("{\"a\":2}")));
        assertTrue(tag.matches("\"[0-9a-f]{24}\""), tag);
    }

    @Test
    void ifNoneMatchIsAListComparedWeakly() {
        String tag = "\"abc\"";
        assertTrue(EntityTags.matches("\"abc\"", tag));
        assertTrue(EntityTags.matches("W/\"abc\"", tag));
        assertTrue(EntityTags.matches("\"x\", \"abc\"", tag));
        assertTrue(EntityTags.matches("*", tag));
        assertFalse(EntityTags.matches(null, tag));
        assertFalse(EntityTags.matches("", tag));
        assertFalse(EntityTags.matches("abc", tag), "an unquoted value is not the tag");
        assertFalse(EntityTags.matches("\"abcd\", \"ab\"", tag));
    }
}
