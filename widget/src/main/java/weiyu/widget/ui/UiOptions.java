package weiyu.widget.ui;

import weiyu.widget.config.WidgetConfig;

/**
 * Tag attributes only the UI reads: {@code data-theme} (dark|light, else the system's),
 * {@code data-z-index} and {@code data-nonce} (for a CSP without adoptedStyleSheets).
 */
public final class UiOptions {
    public static final int DEFAULT_Z_INDEX = 2147483000;

    public final String theme;
    public final int zIndex;
    public final String nonce;

    private UiOptions(String theme, int zIndex, String nonce) {
        this.theme = theme;
        this.zIndex = zIndex;
        this.nonce = nonce;
    }

    public static UiOptions from(WidgetConfig.Source source) {
        String theme = source.get("theme");
        return new UiOptions("dark".equals(theme) || "light".equals(theme) ? theme : null,
                zIndex(source.get("z-index")), nonce(source.get("nonce")));
    }

    /** 0 to 2147483647; anything else (signs, letters, overflow) keeps the default. */
    static int zIndex(String value) {
        if (value == null || value.isEmpty() || value.length() > 10) {
            return DEFAULT_Z_INDEX;
        }
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9' || n > (Integer.MAX_VALUE - (c - '0')) / 10) {
                return DEFAULT_Z_INDEX;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A CSP nonce is base64: anything else is ignored rather than copied into the page. */
    static String nonce(String value) {
        if (value == null || value.isEmpty() || value.length() > 128) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || c == '=' || c == '-' || c == '_';
            if (!ok) {
                return null;
            }
        }
        return value;
    }
}
