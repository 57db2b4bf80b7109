package weiyu.widget.embed;

/** The fields of weiyu('setUser', {...}) the page actually gave, as flat name/value pairs. */
public final class VisitorFields {
    private VisitorFields() {
    }

    /** {@code namesAndValues} without the pairs whose value is null or blank. */
    public static String[] of(String... namesAndValues) {
        String[] given = new String[namesAndValues.length];
        int n = 0;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.trim().isEmpty()) {
                given[n++] = namesAndValues[i];
                given[n++] = value;
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = given[i];
        }
        return out;
    }
}
