package weiyu.widget.chat;

/**
 * createdAt strings: formatting ISO-8601 from epoch milliseconds (WallClock's default; the
 * bundle's clock uses Date.toISOString instead, so this stays out of it), and a sort key that
 * orders both the server's {@code yyyy-MM-dd HH:mm:ss} and ISO-8601. Plain int arithmetic on
 * a double clock: {@code long} is costly in the bundle.
 */
public final class IsoTime {
    private static final int MS_PER_DAY = 86400000;
    private static final int KEY_DIGITS = 17; // yyyyMMddHHmmssSSS

    private IsoTime() {
    }

    /** E.g. {@code 2026-11-25T10:00:00.000Z}. */
    static String format(double epochMillis) {
        double dayCount = Math.floor(epochMillis / MS_PER_DAY);
        int days = (int) dayCount;
        int msOfDay = (int) (epochMillis - dayCount * MS_PER_DAY);
        int[] date = civil(days);
        StringBuilder b = new StringBuilder(24);
        pad(b, date[0], 4).append('-');
        pad(b, date[1], 2).append('-');
        pad(b, date[2], 2).append('T');
        pad(b, msOfDay / 3600000, 2).append(':');
        pad(b, msOfDay / 60000 % 60, 2).append(':');
        pad(b, msOfDay / 1000 % 60, 2).append('.');
        pad(b, msOfDay % 1000, 3).append('Z');
        return b.toString();
    }

    /**
     * {year, month, day} of a day number (days since 1970-01-01): Howard Hinnant's
     * civil_from_days. The one copy: the UI's day separators use it too.
     */
    public static int[] civil(int days) {
        int z = days + 719468;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int doe = z - era * 146097;
        int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int d = doy - (153 * mp + 2) / 5 + 1;
        int m = mp < 10 ? mp + 3 : mp - 9;
        return new int[] { yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
    }

    /** The digits of {@code createdAt}, cut or zero-padded to a fixed width: compares as time. */
    static String sortKey(String createdAt) {
        StringBuilder b = new StringBuilder(KEY_DIGITS);
        if (createdAt != null) {
            for (int i = 0; i < createdAt.length() && b.length() < KEY_DIGITS; i++) {
                char c = createdAt.charAt(i);
                if (c >= '0' && c <= '9') {
                    b.append(c);
                }
            }
        }
        while (b.length() < KEY_DIGITS) {
            b.append('0');
        }
        return b.toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }
}
