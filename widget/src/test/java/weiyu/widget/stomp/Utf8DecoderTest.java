package weiyu.widget.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {
    @Test
    void decodesAcrossEveryCut() {
        String text = "a é € 你 😀 z";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            Utf8Decoder d = new Utf8Decoder();
            String s = d.decode(bytes, 0, cut) + d.decode(bytes, cut, bytes.length - cut);
            assertEquals(text, s, "cut " + cut);
        }
    }

    @Test
    void invalidBytesBecomeReplacementCharacters() {
        Utf8Decoder d = new Utf8Decoder();
        byte[] bad = {(byte) 0xC0, (byte) 0x80, 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF5, (byte) 0xE2, 'b'};
        assertEquals("\uFFFD\uFFFDa\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDb", d.decode(bad, 0, bad.length));
    }

    @Test
    void agreesWithTheJdkOnRandomValidText() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                int cp = random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0x100000) : random.nextInt(0xD000);
                b.appendCodePoint(cp);
            }
            String text = b.toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Utf8Decoder d = new Utf8Decoder();
            StringBuilder got = new StringBuilder();
            int pos = 0;
            while (pos < bytes.length) {
                int n = Math.min(bytes.length - pos, 1 + random.nextInt(5));
                got.append(d.decode(bytes, pos, n));
                pos += n;
            }
            assertEquals(text, got.toString());
            assertEquals(bytes.length, Utf8.length(text));
        }
    }

    /** Vectors checked against a browser's TextDecoder (WHATWG); a cut sequence at the end is one U+FFFD. */
    @Test
    void matchesBrowserDecodingOfInvalidInput() {
        String[][] vectors = {
            {"ed be", "fffd fffd"},
            {"13 c7 dc 22 f3 62 9d a3 4d ed be", "13 fffd fffd 22 fffd 62 fffd fffd 4d fffd fffd"},
            {"c0 80", "fffd fffd"},
            {"e0 80 80", "fffd fffd fffd"},
            {"ed a0 80", "fffd fffd fffd"},
            {"f4 90 80 80", "fffd fffd fffd fffd"},
            {"f0 9f 98", "fffd"},
            {"f0 9f 98 80", "1f600"},
            {"e2 82", "fffd"},
            {"c2", "fffd"},
            {"80 80", "fffd fffd"},
            {"fe ff", "fffd fffd"},
            {"e2 28 a1", "fffd 28 fffd"},
            {"f0 28 8c bc", "fffd 28 fffd fffd"},
            {"ef bf bd", "fffd"},
            {"f5 80", "fffd fffd"},
        };
        for (String[] v : vectors) {
            String[] hex = v[0].split(" ");
            byte[] bytes = new byte[hex.length];
            for (int i = 0; i < hex.length; i++) {
                bytes[i] = (byte) Integer.parseInt(hex[i], 16);
            }
            Utf8Decoder d = new Utf8Decoder();
            String got = d.decode(bytes, 0, bytes.length) + (d.pendingBytes() > 0 ? "\uFFFD" : "");
            StringBuilder codes = new StringBuilder();
            got.codePoints().forEach(c -> codes.append(codes.length() == 0 ? "" : " ").append(Integer.toHexString(c)));
            assertEquals(v[1], codes.toString(), v[0]);
        }
    }

    /** Streaming property: random bytes decode the same however they are cut. */
    @Test
    void randomBytesDecodeTheSameHoweverCut() {
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            byte[] bytes = new byte[random.nextInt(16)];
            random.nextBytes(bytes);
            Utf8Decoder whole = new Utf8Decoder();
            String expected = whole.decode(bytes, 0, bytes.length);
            for (int cut = 0; cut <= bytes.length; cut++) {
                Utf8Decoder d = new Utf8Decoder();
                String got = d.decode(bytes, 0, cut) + d.decode(bytes, cut, bytes.length - cut);
                assertEquals(expected, got, "round " + round + " cut " + cut);
                assertEquals(whole.pendingBytes(), d.pendingBytes());
            }
        }
    }
}
