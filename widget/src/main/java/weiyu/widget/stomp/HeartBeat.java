package weiyu.widget.stomp;

/** The heart-beat header and its negotiation (STOMP 1.1+, section "Heart-beating"). */
public final class HeartBeat {
    private HeartBeat() {
    }

    /**
     * The interval both sides agree on for one direction: 0 (none) when either side says 0,
     * else the larger of the two. Outgoing = negotiate(our cx, server's sy); incoming =
     * negotiate(our cy, server's sx).
     */
    public static int negotiate(int ours, int theirs) {
        return ours <= 0 || theirs <= 0 ? 0 : Math.max(ours, theirs);
    }

    /**
     * Part {@code index} (0 = can send every, 1 = wants to receive every) of a header such as
     * "10000,10000"; 0 when absent or unreadable, so a sloppy peer gets no heart-beats rather
     * than a failed connection.
     */
    public static int part(String header, int index) {
        if (header == null) {
            return 0;
        }
        int comma = header.indexOf(',');
        if (comma < 0) {
            return 0;
        }
        return index == 0 ? digits(header, 0, comma) : digits(header, comma + 1, header.length());
    }

    private static int digits(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to || to - from > 9) {
            return 0;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
