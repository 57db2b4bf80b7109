package weiyu.widget.ui;

import weiyu.widget.chat.IsoTime;

/**
 * Reads a message's {@code createdAt} into local minutes since 1970, all in {@code int}
 * (a {@code long} costs the bundle BigInt emulation). The server writes
 * {@code yyyy-MM-dd HH:mm:ss} in its own (= the visitor's) time; clients may send
 * ISO-8601 with {@code Z} or an offset, which is moved into the browser's zone.
 */
public final class ChatTime {
    public static final int UNKNOWN = Integer.MIN_VALUE;
    public static final int MINUTES_PER_DAY = 1440;

    private ChatTime() {
    }

    /**
     * @param localOffsetMinutes the browser's offset from UTC (UTC+8 is 480)
     * @return local minutes since 1970-01-01 00:00, or {@link #UNKNOWN}
     */
    public static int parse(String createdAt, int localOffsetMinutes) {
        if (createdAt == null || createdAt.length() < 16) {
            return UNKNOWN;
        }
        String s = createdAt.trim();
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || s.charAt(4) != '-' || s.charAt(13) != ':') {
            return UNKNOWN;
        }
        int minutes = daysFromCivil(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute;
        int zone = zoneOffset(s);
        return zone == UNKNOWN ? minutes : minutes - zone + localOffsetMinutes;
    }

    public static int day(int minutes) {
        // Rounded down for times before 1970 too; Math.floorDiv would be one more library method.
        return (minutes >= 0 ? minutes : minutes - (MINUTES_PER_DAY - 1)) / MINUTES_PER_DAY;
    }

    /** "09:05". */
    public static String clock(int minutes) {
        int m = minutes - day(minutes) * MINUTES_PER_DAY;
        // 100 + n has the leading zero as its second digit: "105" gives "05".
        return String.valueOf(100 + m / 60).substring(1) + ":" + String.valueOf(100 + m % 60).substring(1);
    }

    /** {year, month, day} of a day number (days since 1970-01-01); the inverse of {@link #daysFromCivil}. */
    public static int[] civil(int days) {
        return IsoTime.civil(days);
    }

    static int daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Minutes east of UTC from a trailing "Z" or "+08:00"/"-0530", or UNKNOWN when the time is local. */
    private static int zoneOffset(String s) {
        if (s.endsWith("Z") || s.endsWith("z")) {
            return 0;
        }
        for (int i = s.length() - 1; i > 16; i--) {
            char c = s.charAt(i);
            if (c == '+' || c == '-') {
                int h = digits(s, i + 1, 2);
                int colon = i + 3 < s.length() && s.charAt(i + 3) == ':' ? 1 : 0;
                int m = digits(s, i + 3 + colon, 2);
                if (h < 0 || m < 0) {
                    return UNKNOWN;
                }
                return c == '-' ? -(h * 60 + m) : h * 60 + m;
            }
        }
        return UNKNOWN;
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
