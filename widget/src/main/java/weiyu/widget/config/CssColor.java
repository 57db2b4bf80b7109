package weiyu.widget.config;

/**
 * Accepts only {@code #rgb} and {@code #rrggbb} colours: the value is written into a
 * stylesheet, so anything richer (names, functions, {@code ;}, {@code }}) is refused.
 */
public final class CssColor {
    private CssColor() {
    }

    public static String orDefault(String value, String fallback) {
        return isHexColor(value) ? Ascii.lower(value) : fallback;
    }

    public static boolean isHexColor(String value) {
        if (value == null || (value.length() != 4 && value.length() != 7) || value.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
