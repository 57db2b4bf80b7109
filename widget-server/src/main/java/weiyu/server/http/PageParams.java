package weiyu.server.http;

import java.util.Map;
import weiyu.server.chat.Rejected;

/** {@code pageNumber} (from 0) and {@code pageSize} (1 to 100; larger asks are capped) of a paged call. */
public record PageParams(int number, int size) {
    public static final int MAX_SIZE = 100;

    public static PageParams from(Map<String, String> query, int defaultSize) throws Rejected {
        int number = wholeNumber(query, "pageNumber", 0, 0, 1_000_000);
        int size = Math.min(wholeNumber(query, "pageSize", defaultSize, 1, Integer.MAX_VALUE), MAX_SIZE);
        return new PageParams(number, size);
    }

    private static int wholeNumber(Map<String, String> q, String name, int absent, int min, int max) throws Rejected {
        String text = q.get(name);
        if (text == null || text.isEmpty()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Rejected.invalid("'" + name + "' must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }
}
