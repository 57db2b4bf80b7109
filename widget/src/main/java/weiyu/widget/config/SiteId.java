package weiyu.widget.config;

/**
 * A per-site config id: 1 to 64 of {@code [A-Za-z0-9_-]}. The same rule guards the
 * server's {@code /config/<site>.json}, so no id can name a path outside the config folder.
 */
public final class SiteId {
    public static final int MAX_LENGTH = 64;

    private SiteId() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
