package weiyu.widget.stomp;

/**
 * Incremental UTF-8 decoder for binary WebSocket messages: a multi-byte sequence cut between
 * two messages is carried to the next call. Invalid bytes become U+FFFD, as in browsers
 * (WHATWG decoding), so garbage never throws.
 */
final class Utf8Decoder {
    private int needed;      // continuation bytes still expected
    private int seen;        // continuation bytes already taken
    private int codePoint;   // bits collected so far
    private int lower = 0x80; // valid range of the next continuation byte
    private int upper = 0xBF;  // (narrowed to reject overlongs, surrogates, > U+10FFFF)

    String decode(byte[] data, int offset, int length) {
        // Each byte yields at most one char, except the last byte of a 4-byte sequence (2 chars)
        // whose earlier bytes may have come in a previous call: length + 1 is enough.
        char[] out = new char[length + 1];
        int n = 0;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = data[i] & 0xFF;
            if (needed == 0) {
                i++;
                if (b < 0x80) {
                    out[n++] = (char) b;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    start(1, b & 0x1F);
                } else if (b >= 0xE0 && b <= 0xEF) {
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                    start(2, b & 0x0F);
                } else if (b >= 0xF0 && b <= 0xF4) {
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                    start(3, b & 0x07);
                } else {
                    out[n++] = '\uFFFD';
                }
                continue;
            }
            if (b < lower || b > upper) {
                // Broken sequence: one U+FFFD, then the byte is read again as a fresh start.
                clear();
                out[n++] = '\uFFFD';
                continue;
            }
            i++;
            lower = 0x80;
            upper = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (++seen == needed) {
                if (codePoint >= 0x10000) {
                    int v = codePoint - 0x10000;
                    out[n++] = (char) (0xD800 + (v >> 10));
                    out[n++] = (char) (0xDC00 + (v & 0x3FF));
                } else {
                    out[n++] = (char) codePoint;
                }
                clear();
            }
        }
        return n == 0 ? "" : new String(out, 0, n);
    }

    /** Forgets a half-received sequence (a new connection starts clean). */
    void reset() {
        clear();
    }

    /** Bytes held from an unfinished sequence. */
    int pendingBytes() {
        return needed == 0 ? 0 : seen + 1;
    }

    private void start(int continuationBytes, int bits) {
        needed = continuationBytes;
        seen = 0;
        codePoint = bits;
    }

    private void clear() {
        needed = 0;
        seen = 0;
        codePoint = 0;
        lower = 0x80;
        upper = 0xBF;
    }
}
