package weiyu.widget.stomp;

/** UTF-8 byte counting without encoding: STOMP's content-length and size limits are in bytes. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Bytes that {@code s[from, to)} takes in UTF-8. A surrogate pair counts 4; a lone
     * surrogate counts 3 because browsers send it as U+FFFD.
     */
    static int length(String s, int from, int to) {
        int bytes = to - from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < to && isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 2 chars -> 4 bytes
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    static int length(String s) {
        return length(s, 0, s.length());
    }

    /**
     * Bytes of one UTF-16 unit when units are counted one at a time (the streaming parser):
     * each half of a pair counts 2 so that a pair split across chunks still sums to 4.
     */
    static int unitLength(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) {
            return 2;
        }
        return 3;
    }

    private static boolean isLowSurrogate(char c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }
}
