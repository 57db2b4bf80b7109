package weiyu.widget.ui;

import weiyu.widget.util.SmallList;

/**
 * Splits message text into plain runs and links, so the view can set each run as a text
 * node and each link through {@link SafeUrl}. Only http, https and mailto are recognised.
 */
public final class Linkify {
    private Linkify() {
    }

    /** Runs in order: even indexes are plain text (maybe empty), odd indexes are URLs. */
    public static String[] split(String text) {
        SmallList<String> runs = new SmallList<>();
        String lower = text.toLowerCase();
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            int schemeLength = schemeAt(lower, i);
            if (schemeLength == 0 || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i + schemeLength;
            while (end < text.length() && isUrlChar(text.charAt(end))) {
                end++;
            }
            while (end > i + schemeLength && isTrailingPunctuation(text.charAt(end - 1))) {
                end--;
            }
            if (end == i + schemeLength) {
                i = end;
                continue;
            }
            runs.add(text.substring(plainStart, i));
            runs.add(text.substring(i, end));
            plainStart = end;
            i = end;
        }
        runs.add(text.substring(plainStart));
        // A loop, not toArray(T[]): that pulls reflection (Array.newInstance) and an iterator into the bundle.
        String[] out = new String[runs.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = runs.get(k);
        }
        return out;
    }

    /** The length of the scheme starting at {@code at}, 0 if none. */
    private static int schemeAt(String lower, int at) {
        return lower.startsWith("https://", at) ? 8
                : lower.startsWith("http://", at) || lower.startsWith("mailto:", at) ? 7 : 0;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Printable ASCII except quotes and angle brackets; a CJK character ends the URL ("见https://a.cn查看"). */
    private static boolean isUrlChar(char c) {
        return c > ' ' && c < 0x7f && c != '<' && c != '>' && c != '"' && c != '`';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '}' || c == '\'';
    }
}
