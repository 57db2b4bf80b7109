package weiyu.widget.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void lowerMapsOnlyAsciiLetters() {
        assertEquals("#1677ff", Ascii.lower("#1677FF"));
        assertEquals("zh-cn", Ascii.lower("ZH-CN"));
        assertEquals("ärger", Ascii.lower("ärger"));
        assertEquals("Ä-x", Ascii.lower("Ä-X"));
    }

    @Test
    void lowerReturnsTheSameStringWhenNothingChanges() {
        String s = "already-lower";
        assertSame(s, Ascii.lower(s));
        assertEquals("", Ascii.lower(""));
    }

    @Test
    void upperMapsOnlyAsciiLetters() {
        assertEquals('Z', Ascii.upper('z'));
        assertEquals('A', Ascii.upper('A'));
        assertEquals('-', Ascii.upper('-'));
        assertEquals('é', Ascii.upper('é'));
    }
}
