package weiyu.widget.ui;

/**
 * Rewrites the shadow-root stylesheet for the no-shadow fallback: every selector gets the
 * host id in front ({@code .wy-x} becomes {@code #weiyu-widget .wy-x}, {@code :host}
 * becomes {@code #weiyu-widget}), inside {@code @media} too; {@code @keyframes} stay as they are.
 */
public final class CssScope {
    private CssScope() {
    }

    public static String scope(String css, String hostSelector) {
        StringBuilder out = new StringBuilder(css.length() + css.length() / 3);
        block(css, 0, css.length(), hostSelector, out);
        return out.toString();
    }

    private static void block(String css, int from, int to, String host, StringBuilder out) {
        int i = from;
        while (i < to) {
            int open = css.indexOf('{', i);
            if (open < 0 || open >= to) {
                out.append(css, i, to);
                return;
            }
            int close = matching(css, open);
            String prelude = css.substring(i, open).trim();
            if (prelude.startsWith("@media") || prelude.startsWith("@supports")) {
                out.append(prelude).append('{');
                block(css, open + 1, close, host, out);
                out.append('}');
            } else if (prelude.startsWith("@")) {
                out.append(css, i, close + 1);
            } else {
                selectors(prelude, host, out);
                out.append(css, open, close + 1);
            }
            i = close + 1;
        }
    }

    private static void selectors(String prelude, String host, StringBuilder out) {
        int start = 0;
        while (start <= prelude.length()) {
            int comma = prelude.indexOf(',', start);
            int end = comma < 0 ? prelude.length() : comma;
            String selector = prelude.substring(start, end).trim();
            if (start > 0) {
                out.append(',');
            }
            if (selector.startsWith(":host")) {
                out.append(host).append(selector.substring(5));
            } else {
                out.append(host).append(' ').append(selector);
            }
            start = end + 1;
        }
    }

    private static int matching(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length() - 1;
    }
}
