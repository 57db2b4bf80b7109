package weiyu.widget.config;

/**
 * Case mapping for ASCII-only values (attribute names, hex colours, language tags, URL schemes).
 * String.toLowerCase would pull TeaVM's 64K-entry Unicode case table into the bundle.
 */
public final class Ascii {
    private Ascii() {
    }

    public static String lower(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                c += 'a' - 'A';
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    public static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
}
