package weiyu.widget.ui;

/**
 * The only URLs the widget ever puts into {@code href} or {@code src}: an allowlist of
 * schemes, checked on the exact string the browser will get. Anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, relative tricks) yields null.
 */
public final class SafeUrl {
    private SafeUrl() {
    }

    /** A link target: http, https or mailto. */
    public static String link(String url) {
        return allowed(url, true, false) ? url.trim() : null;
    }

    /**
     * An image source: http or https, or a blob: URL the page made itself (a local preview
     * of an upload in progress).
     */
    public static String image(String url) {
        return allowed(url, false, true) ? url.trim() : null;
    }

    private static boolean allowed(String raw, boolean mailto, boolean blob) {
        if (raw == null) {
            return false;
        }
        String url = raw.trim();
        // Browsers drop tabs and newlines inside a scheme ("java\tscript:"): refuse any control character.
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) < 0x20 || url.charAt(i) == 0x7f) {
                return false;
            }
        }
        String lower = url.toLowerCase();
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return url.length() > (lower.charAt(4) == 's' ? 8 : 7);
        }
        if (mailto && lower.startsWith("mailto:")) {
            return url.length() > 7;
        }
        return blob && lower.startsWith("blob:http");
    }
}
