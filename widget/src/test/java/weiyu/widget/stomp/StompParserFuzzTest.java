package weiyu.widget.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever arrives, the parser never throws and never holds more than its frame
 * size bound. Inputs are valid streams mutated (byte flips, truncations, insertions,
 * duplications), plus pure random bytes, cut into random messages, fed as text or binary.
 */
class StompParserFuzzTest {
    private static final int INPUTS = 1_000_000;

    @Test
    void millionMutatedInputs() {
        Random random = new Random(20261125);
        List<byte[]> seeds = seeds(random);
        int[] limits = {48, 200, 1024, StompParser.DEFAULT_MAX_FRAME_BYTES};
        long frames = 0;
        long errors = 0;
        long crashes = 0;
        String firstCrash = null;
        Counter counter = new Counter();
        for (int n = 0; n < INPUTS; n++) {
            byte[] input = mutate(random, seeds.get(random.nextInt(seeds.size())));
            int limit = limits[random.nextInt(limits.length)];
            StompParser parser = new StompParser(counter, limit);
            boolean binary = random.nextBoolean();
            String text = binary ? null : new String(input, StandardCharsets.UTF_8);
            int length = binary ? input.length : text.length();
            try {
                if (random.nextInt(3) == 0) {
                    parser.setHeaderUnescaping(false);
                }
                int pos = 0;
                while (pos < length) {
                    int piece = random.nextInt(4) == 0 ? length - pos : 1 + random.nextInt(Math.min(length - pos, 40));
                    boolean ok = binary ? parser.feed(input, pos, piece) : parser.feed(text.substring(pos, pos + piece));
                    pos += piece;
                    if (parser.pendingFrameBytes() > limit) {
                        throw new AssertionError("buffered " + parser.pendingFrameBytes() + " > " + limit);
                    }
                    if (!ok) {
                        errors++;
                        if (parser.error() == null) {
                            throw new AssertionError("refused without a reason");
                        }
                        if (random.nextBoolean()) {
                            break;
                        }
                        parser.reset(); // the next connection reuses nothing, but reset must work too
                    }
                }
            } catch (Throwable t) {
                crashes++;
                if (firstCrash == null) {
                    firstCrash = t + " on " + escape(input);
                    t.printStackTrace();
                }
            }
        }
        frames = counter.frames;
        System.out.println("stomp fuzz: " + INPUTS + " inputs, " + crashes + " crashes, " + frames + " frames, "
                + errors + " clean errors");
        assertEquals(0, crashes, firstCrash);
        assertTrue(frames > INPUTS / 10, "mutations should leave many frames intact");
        assertTrue(errors > INPUTS / 10, "mutations should break many frames");
    }

    private static final class Counter implements StompParser.Handler {
        long frames;

        @Override
        public void onFrame(StompFrame frame) {
            frames++;
            frame.header("content-length"); // touch the result
        }

        @Override
        public void onHeartbeat() {
        }
    }

    private static List<byte[]> seeds(Random random) {
        List<String> texts = new ArrayList<>();
        texts.add(StompParserTest.STREAM);
        texts.add("CONNECTED\nversion:1.2\nheart-beat:10000,10000\nserver:RabbitMQ/3.10.8\n\n\0\n");
        texts.add("MESSAGE\nsubscription:sub-0\ndestination:/topic/org.workgroup.x.1\nmessage-id:T_sub-0@@session@@1\n"
                + "redelivered:false\nack:T_sub-0@@session@@1\ncontent-type:text/plain;charset=UTF-8\ncontent-length:22\n\n"
                + "{\"content\":\"你好\",\"a\":1}\0\n");
        texts.add("ERROR\nmessage:Unknown destination\ncontent-type:text/plain\n\nbad\0");
        texts.add("\n\n\r\nRECEIPT\r\nreceipt-id:r-1\r\n\r\n\0\r\n");
        texts.add("MESSAGE\nx:a\\cb\\\\\\n\ncontent-length:4\n\n\0\0\0\0\0");
        for (int i = 0; i < 40; i++) {
            StompFrame f = new StompFrame(random.nextBoolean() ? "MESSAGE" : "SEND");
            for (int h = random.nextInt(6); h > 0; h--) {
                f.addHeader("h" + h, "v:é\\\n" + random.nextInt(1000));
            }
            StringBuilder body = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                body.append("aé€😀\0\n\r:".charAt(random.nextInt(9)));
            }
            String b = body.toString();
            f.setBody(b.isEmpty() || Character.isHighSurrogate(b.charAt(b.length() - 1)) ? b + "x" : b);
            texts.add(StompWriter.write(f, random.nextBoolean()) + (random.nextBoolean() ? "\n" : ""));
        }
        List<byte[]> seeds = new ArrayList<>();
        for (String t : texts) {
            seeds.add(t.getBytes(StandardCharsets.UTF_8));
        }
        return seeds;
    }

    private static byte[] mutate(Random random, byte[] seed) {
        int kind = random.nextInt(7);
        if (kind == 0) { // pure random bytes
            byte[] junk = new byte[random.nextInt(200)];
            random.nextBytes(junk);
            return junk;
        }
        byte[] out = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length > 0; e++) {
            int at = random.nextInt(out.length);
            switch (kind) {
                case 1: // bit flip
                    out[at] ^= (byte) (1 << random.nextInt(8));
                    break;
                case 2: // truncation
                    out = java.util.Arrays.copyOf(out, at);
                    break;
                case 3: { // insertion of an interesting byte
                    byte[] special = {0, '\n', '\r', ':', '\\', (byte) 0xE4, (byte) 0xF0, 'c', '9'};
                    byte[] grown = new byte[out.length + 1];
                    System.arraycopy(out, 0, grown, 0, at);
                    grown[at] = special[random.nextInt(special.length)];
                    System.arraycopy(out, at, grown, at + 1, out.length - at);
                    out = grown;
                    break;
                }
                case 4: // byte replaced by a random one
                    out[at] = (byte) random.nextInt(256);
                    break;
                case 5: { // deletion
                    byte[] shrunk = new byte[out.length - 1];
                    System.arraycopy(out, 0, shrunk, 0, at);
                    System.arraycopy(out, at + 1, shrunk, at, out.length - at - 1);
                    out = shrunk;
                    break;
                }
                default: // unmutated, or the seed repeated (several frames per message)
                    if (random.nextBoolean()) {
                        byte[] twice = new byte[out.length * 2];
                        System.arraycopy(out, 0, twice, 0, out.length);
                        System.arraycopy(out, 0, twice, out.length, out.length);
                        out = twice;
                    }
                    e = edits;
            }
        }
        return out;
    }

    private static String escape(byte[] input) {
        StringBuilder b = new StringBuilder();
        for (byte x : input) {
            int v = x & 0xFF;
            b.append(v >= 0x20 && v < 0x7F ? String.valueOf((char) v) : String.format("\\x%02x", v));
        }
        return b.toString();
    }
}
