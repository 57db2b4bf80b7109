package weiyu.widget.embed;

/** The fields of weiyu('setUser', {...}) the page actually gave, as flat name/value pairs. */
public final class VisitorFields {
    private VisitorFields() {
    }

    /** {@code namesAndValues} without the pairs whose value is null or blank. */
    public static String[] of(String... namesAndValues) {
        int n = 0;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (given(namesAndValues[i + 1])) {
                n += 2;
            }
        }
        String[] out = new String[n];
        int j = 0;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (given(namesAndValues[i + 1])) {
                out[j++] = namesAndValues[i];
                out[j++] = namesAndValues[i + 1];
            }
        }
        return out;
    }

    private static boolean given(String value) {
        return value != null && !value.trim().isEmpty();
    }
}
