package weiyu.widget.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StompWriterTest {
    @Test
    void writesContentLengthInBytesAndEndsWithNul() {
        String wire = StompWriter.write(new StompFrame("SEND").addHeader("destination", "/app/a").setBody("你好"), true);
        assertEquals("SEND\ndestination:/app/a\ncontent-length:6\n\n你好\0", wire);
    }

    @Test
    void noContentLengthForAnEmptyBody() {
        assertEquals("DISCONNECT\nreceipt:r-1\n\n\0",
                StompWriter.write(new StompFrame("DISCONNECT").addHeader("receipt", "r-1"), true));
    }

    @Test
    void escapesHeadersExceptOnConnect() {
        StompFrame send = new StompFrame("SEND").addHeader("a:b", "x\\y\nz\r");
        assertEquals("SEND\na\\cb:x\\\\y\\nz\\r\n\n\0", StompWriter.write(send, true));
        assertEquals("SEND\na:b:x\\y\nz\r\n\n\0", StompWriter.write(send, false), "1.0: raw");
        StompFrame connect = new StompFrame("CONNECT").addHeader("login", "a:b");
        assertEquals("CONNECT\nlogin:a:b\n\n\0", StompWriter.write(connect, true));
    }

    @Test
    void callerContentLengthIsReplaced() {
        String wire = StompWriter.write(new StompFrame("SEND").addHeader("content-length", "1").setBody("abc"), true);
        assertEquals("SEND\ncontent-length:3\n\nabc\0", wire);
    }

    @Test
    void heartbeatIsOneEol() {
        assertEquals("\n", StompWriter.HEARTBEAT);
    }

    @Test
    void randomFramesRoundTrip() {
        Random random = new Random(3);
        String alphabet = "ab:\\\n\r\0 é€😀-";
        String[] commands = {"SEND", "MESSAGE", "ERROR", "CONNECT", "CONNECTED", "ACK"};
        for (int round = 0; round < 3000; round++) {
            StompFrame frame = new StompFrame(commands[random.nextInt(commands.length)]);
            boolean raw = !HeaderEscaping.appliesTo(frame.command());
            int headers = random.nextInt(5);
            for (int h = 0; h < headers; h++) {
                String name = "h" + h + (raw ? "" : randomText(random, alphabet, 4));
                String value = raw ? "v" + h : randomText(random, alphabet, 8);
                frame.addHeader(name.replace("\0", ""), value.replace("\0", ""));
            }
            frame.setBody(randomText(random, alphabet, 30));
            Collector c = new Collector();
            StompParser p = new StompParser(c);
            String wire = StompWriter.write(frame, true);
            assertTrue(p.feed(wire), p.error() + " for " + wire);
            StompFrame back = c.frames.get(0);
            assertEquals(frame.command(), back.command());
            assertEquals(frame.body(), back.body());
            int expectedHeaders = frame.headerCount() + (frame.body().isEmpty() ? 0 : 1);
            assertEquals(expectedHeaders, back.headerCount());
            for (int i = 0; i < frame.headerCount(); i++) {
                assertEquals(frame.headerName(i), back.headerName(i));
                assertEquals(frame.headerValue(i), back.headerValue(i));
            }
        }
    }

    private static String randomText(Random random, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(alphabet.length());
            char c = alphabet.charAt(k);
            if (Character.isHighSurrogate(c)) {
                b.append(c).append(alphabet.charAt(k + 1));
            } else if (!Character.isLowSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
