package weiyu.widget.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StompParserTest {
    private final Collector out = new Collector();
    private final StompParser parser = new StompParser(out);

    private static final String BODY = "héllo 你好 😀 \0 end"; // 1-, 2-, 3-, 4-byte chars and a NUL

    /** A stream exercising most features at once (frames, EOLs, escapes, NUL in body). */
    static final String STREAM = "\n"
            + "CONNECTED\nversion:1.2\nheart-beat:0,0\nodd:a\\cb\n\n\0\n"
            + "MESSAGE\r\ndestination:/topic/a.b\r\nsubscription:sub-0\r\nmessage-id:7\r\n"
            + "content-length:" + Utf8.length(BODY) + "\r\n\r\n" + BODY + "\0\r\n\n"
            + "MESSAGE\nsubscription:sub-0\nx:line\\nbreak\\r\\c\\\\\nx:second\n\n{\"json\":\"é\"}\0"
            + "RECEIPT\nreceipt-id:r-1\n\n\0";

    @Test
    void parsesASimpleFrame() {
        assertTrue(parser.feed("SEND\ndestination:/app/x\n\nhello\0"));
        assertEquals(1, out.frames.size());
        StompFrame f = out.frames.get(0);
        assertEquals("SEND", f.command());
        assertEquals("/app/x", f.header("destination"));
        assertEquals("hello", f.body());
        assertNull(f.header("missing"));
        assertEquals(0, out.heartbeats);
    }

    @Test
    void parsesTheMixedStream() {
        assertTrue(parser.feed(STREAM), parser.error());
        assertEquals(4, out.frames.size());
        StompFrame connected = out.frames.get(0);
        assertEquals("a\\cb", connected.header("odd"), "CONNECTED is never unescaped");
        StompFrame m1 = out.frames.get(1);
        assertEquals("/topic/a.b", m1.header("destination"), "CR before LF dropped");
        assertEquals(BODY, m1.body());
        StompFrame m2 = out.frames.get(2);
        assertEquals("line\nbreak\r:\\", m2.header("x"), "unescaped, first of repeated wins");
        assertEquals(2, m2.headerCount() - 1, "repeated header kept");
        assertEquals("second", m2.headerValue(2));
        assertEquals("{\"json\":\"é\"}", m2.body());
        assertEquals("r-1", out.frames.get(3).header("receipt-id"));
        assertEquals(4, out.heartbeats, "LF before, LF after CONNECTED, CRLF and LF after MESSAGE");
        assertEquals(0, parser.pendingFrameBytes());
    }

    @Test
    void everyTextSplitPositionGivesTheSameResult() {
        Collector whole = new Collector();
        new StompParser(whole).feed(STREAM);
        String expected = whole.transcript();
        for (int cut = 0; cut <= STREAM.length(); cut++) {
            Collector c = new Collector();
            StompParser p = new StompParser(c);
            assertTrue(p.feed(STREAM.substring(0, cut)), "cut " + cut + ": " + p.error());
            assertTrue(p.feed(STREAM.substring(cut)), "cut " + cut + ": " + p.error());
            assertEquals(expected, c.transcript(), "cut at char " + cut);
        }
        for (int a = 0; a <= STREAM.length(); a += 3) {
            for (int b = a; b <= STREAM.length(); b += 5) {
                Collector c = new Collector();
                StompParser p = new StompParser(c);
                p.feed(STREAM.substring(0, a));
                p.feed(STREAM.substring(a, b));
                p.feed(STREAM.substring(b));
                assertEquals(expected, c.transcript(), "cuts at " + a + ", " + b);
            }
        }
    }

    @Test
    void oneCharAtATime() {
        Collector c = new Collector();
        StompParser p = new StompParser(c);
        for (int i = 0; i < STREAM.length(); i++) {
            assertTrue(p.feed(String.valueOf(STREAM.charAt(i))), p.error());
        }
        Collector whole = new Collector();
        new StompParser(whole).feed(STREAM);
        assertEquals(whole.transcript(), c.transcript());
    }

    @Test
    void everyBinarySplitPositionGivesTheSameResult() {
        byte[] bytes = STREAM.getBytes(StandardCharsets.UTF_8);
        Collector whole = new Collector();
        new StompParser(whole).feed(STREAM);
        for (int cut = 0; cut <= bytes.length; cut++) {
            Collector c = new Collector();
            StompParser p = new StompParser(c);
            assertTrue(p.feed(bytes, 0, cut), p.error());
            assertTrue(p.feed(bytes, cut, bytes.length - cut), p.error());
            assertEquals(whole.transcript(), c.transcript(), "cut at byte " + cut);
        }
        Collector c = new Collector();
        StompParser p = new StompParser(c);
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(p.feed(bytes, i, 1), p.error());
        }
        assertEquals(whole.transcript(), c.transcript(), "byte by byte");
    }

    @Test
    void binaryCutInsideAFourByteCharacter() {
        byte[] bytes = "MESSAGE\n\n😀\0".getBytes(StandardCharsets.UTF_8);
        int emoji = "MESSAGE\n\n".length();
        assertTrue(parser.feed(bytes, 0, emoji + 2));
        assertTrue(parser.feed(bytes, emoji + 2, 1));
        assertTrue(parser.feed(bytes, emoji + 3, bytes.length - emoji - 3));
        assertEquals("😀", out.frames.get(0).body());
    }

    @Test
    void heartbeatsLfAndCrlf() {
        assertTrue(parser.feed("\n\r\n\n"));
        assertEquals(3, out.heartbeats);
        assertTrue(parser.feed("\r"));
        assertEquals(3, out.heartbeats);
        assertTrue(parser.feed("\n"));
        assertEquals(4, out.heartbeats);
        assertTrue(parser.feed("\0\0\n"), "stray NULs between frames are tolerated");
        assertEquals(5, out.heartbeats);
        assertTrue(out.frames.isEmpty());
    }

    @Test
    void escapesAreDecodedExceptInConnectFrames() {
        assertTrue(parser.feed("MESSAGE\na\\cb:1\\\\2\\n\\r\n\n\0"));
        assertEquals("1\\2\n\r", out.frames.get(0).header("a:b"), "names are unescaped too");
        assertTrue(parser.feed("CONNECT\nlogin:a\\b\npasscode:x:y\n\n\0"));
        assertEquals("a\\b", out.frames.get(1).header("login"));
        assertEquals("x:y", out.frames.get(1).header("passcode"), "value keeps later colons");
        assertTrue(parser.feed("CONNECTED\nserver:s\\t\n\n\0"));
        assertEquals("s\\t", out.frames.get(2).header("server"));
    }

    @Test
    void noUnescapingInStomp10() {
        parser.setHeaderUnescaping(false);
        assertTrue(parser.feed("MESSAGE\nx:a\\qb\n\n\0"));
        assertEquals("a\\qb", out.frames.get(0).header("x"));
    }

    @Test
    void undefinedEscapeIsAnError() {
        assertFalse(parser.feed("MESSAGE\nx:a\\tb\n\n\0"));
        assertNotNull(parser.error());
        assertTrue(out.frames.isEmpty());
        StompParser p2 = new StompParser(new Collector());
        assertFalse(p2.feed("MESSAGE\nx:ab\\\n\n\0"), "a trailing backslash is an error");
    }

    @Test
    void repeatedHeadersFirstWins() {
        assertTrue(parser.feed("MESSAGE\nfoo:1\nfoo:2\nbar:\nfoo:3\n\n\0"));
        StompFrame f = out.frames.get(0);
        assertEquals("1", f.header("foo"));
        assertEquals("", f.header("bar"));
        assertEquals(4, f.headerCount());
        assertEquals("3", f.headerValue(3));
    }

    @Test
    void contentLengthCountsUtf8BytesAndAllowsNul() {
        String body = "a\0b€😀\0";
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(bytes, Utf8.length(body));
        assertTrue(parser.feed("MESSAGE\ncontent-length:" + bytes + "\n\n" + body + "\0\n"));
        assertEquals(body, out.frames.get(0).body());
        assertEquals(1, out.heartbeats);
    }

    @Test
    void firstContentLengthWins() {
        assertTrue(parser.feed("MESSAGE\ncontent-length:3\ncontent-length:1\n\na\0b\0"));
        assertEquals("a\0b", out.frames.get(0).body());
    }

    @Test
    void emptyBodies() {
        assertTrue(parser.feed("RECEIPT\nreceipt-id:1\n\n\0MESSAGE\ncontent-length:0\n\n\0"));
        assertEquals(2, out.frames.size());
        assertEquals("", out.frames.get(0).body());
        assertEquals("", out.frames.get(1).body());
    }

    @Test
    void contentLengthShorterThanBodyIsAnError() {
        assertFalse(parser.feed("MESSAGE\ncontent-length:2\n\nabc\0"));
        assertTrue(parser.error().contains("NUL"), parser.error());
    }

    @Test
    void contentLengthEndingInsideACharacterIsAnError() {
        assertFalse(parser.feed("MESSAGE\ncontent-length:2\n\naé\0"));
    }

    @Test
    void malformedFramesAreCleanErrors() {
        String[] bad = {
            "MESSAGE\nno colon here\n\n\0",
            "MESSAGE\n:empty name\n\n\0",
            "MESSAGE\ncontent-length:abc\n\nx\0",
            "MESSAGE\ncontent-length:-1\n\nx\0",
            "MESSAGE\ncontent-length:\n\nx\0",
            "MESSAGE\ncontent-length:99999999999\n\nx\0",
            "message\n\n\0",
            "MESS AGE\n\n\0",
            "\rX",
            "MESSAGE\ncontent-length:1\n\nab",
        };
        for (String input : bad) {
            StompParser p = new StompParser(new Collector());
            assertFalse(p.feed(input), "should refuse: " + input);
            assertNotNull(p.error());
            assertFalse(p.feed("\n"), "stays refused until reset");
            assertEquals(0, p.pendingFrameBytes());
            p.reset();
            assertNull(p.error());
            assertTrue(p.feed("\n"), "usable after reset");
        }
    }

    @Test
    void oversizeNulTerminatedFrameIsCutOff() {
        Collector c = new Collector();
        StompParser p = new StompParser(c, 1000);
        assertTrue(p.feed("MESSAGE\ndestination:/x\n\n"));
        String chunk = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(5);
        boolean ok = true;
        int fed = 0;
        while (ok && fed < 10000) {
            ok = p.feed(chunk);
            fed += chunk.length();
            assertTrue(p.pendingFrameBytes() <= 1000);
        }
        assertFalse(ok);
        assertTrue(fed < 1200, "cut as soon as the limit is passed, fed " + fed);
        assertTrue(p.error().contains("larger"), p.error());
        assertTrue(c.frames.isEmpty());
    }

    @Test
    void oversizeInOneHugeMessageIsCutWithoutBuffering() {
        StompParser p = new StompParser(new Collector(), 1000);
        assertFalse(p.feed("MESSAGE\n\n" + "x".repeat(100000)));
        assertEquals(0, p.pendingFrameBytes());
    }

    @Test
    void frameOfExactlyTheLimitPasses() {
        String head = "MESSAGE\n\n"; // 9 bytes
        String body = "é".repeat(45) + "a"; // 91 bytes: 100 in all
        Collector c = new Collector();
        StompParser p = new StompParser(c, 100);
        assertTrue(p.feed(head + body + "\0"), p.error());
        assertEquals(1, c.frames.size());
        StompParser p2 = new StompParser(new Collector(), 100);
        assertFalse(p2.feed(head + body + "x\0"), "one byte over");
        StompParser p3 = new StompParser(new Collector(), 100);
        assertTrue(p3.feed("MESSAGE\ncontent-length:" + (91 - 18) + "\n\n" + body.substring(9) + "\0"), p3.error());
        StompParser p4 = new StompParser(new Collector(), 100);
        assertFalse(p4.feed("MESSAGE\ncontent-length:" + (91 - 17) + "\n\n" + body.substring(9) + "a\0"));
    }

    @Test
    void oversizeContentLengthIsRefusedBeforeTheBody() {
        StompParser p = new StompParser(new Collector(), 1000);
        assertFalse(p.feed("MESSAGE\ncontent-length:5000\n\n"));
    }

    @Test
    void endlessHeaderLineIsCutOff() {
        StompParser p = new StompParser(new Collector(), 1000);
        boolean ok = p.feed("MESSAGE\nx:");
        for (int i = 0; i < 200 && ok; i++) {
            ok = p.feed("yyyyyyyyyy");
            assertTrue(p.pendingFrameBytes() <= 1000);
        }
        assertFalse(ok);
    }

    @Test
    void endlessCommandIsCutOff() {
        StompParser p = new StompParser(new Collector(), 1000);
        boolean ok = true;
        for (int i = 0; i < 200 && ok; i++) {
            ok = p.feed("AAAAAAAAAA");
        }
        assertFalse(ok);
    }

    @Test
    void resetInsideTheHandlerStopsTheRestOfTheMessage() {
        StompParser[] self = new StompParser[1];
        int[] frames = new int[1];
        self[0] = new StompParser(new StompParser.Handler() {
            @Override
            public void onFrame(StompFrame frame) {
                frames[0]++;
                self[0].reset();
            }

            @Override
            public void onHeartbeat() {
            }
        });
        assertTrue(self[0].feed("ERROR\n\n\0MESSAGE\n\n\0MESSAGE\n\n\0"));
        assertEquals(1, frames[0]);
        assertEquals(0, self[0].pendingFrameBytes());
    }

    @Test
    void crInBodyAndValueIsKept() {
        assertTrue(parser.feed("SEND\nx:a\rb\r\n\r\nline1\r\nline2\0"));
        assertEquals("a\rb", parser.failed() ? null : out.frames.get(0).header("x"));
        assertEquals("line1\r\nline2", out.frames.get(0).body());
    }
}
