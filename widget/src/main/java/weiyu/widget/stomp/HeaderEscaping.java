package weiyu.widget.stomp;

/**
 * STOMP 1.1/1.2 header escaping: backslash, LF, CR and colon travel as {@code \\ \n \r \c}.
 * CONNECT, STOMP and CONNECTED frames never escape (so a 1.0 peer can read them).
 */
final class HeaderEscaping {
    private HeaderEscaping() {
    }

    static boolean appliesTo(String command) {
        // First-letter test first: this runs for every frame parsed.
        char first = command.isEmpty() ? ' ' : command.charAt(0);
        if (first != 'C' && first != 'S') {
            return true;
        }
        return !"CONNECT".equals(command) && !"CONNECTED".equals(command) && !"STOMP".equals(command);
    }

    /** {@code s[from, to)} unescaped, or null when it holds an undefined escape (a protocol error). */
    static String unescape(String s, int from, int to) {
        int slash = s.indexOf('\\', from);
        if (slash < 0 || slash >= to) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        out.append(s, from, slash);
        for (int i = slash; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == to) {
                return null;
            }
            char e = s.charAt(i);
            char unescaped = e == '\\' ? '\\' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 'c' ? ':' : 0;
            if (unescaped == 0) {
                return null;
            }
            out.append(unescaped);
        }
        return out.toString();
    }

    /** Appends {@code s}, escaped when {@code escape}. */
    static void append(StringBuilder out, String s, boolean escape) {
        if (!escape) {
            out.append(s);
            return;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char escaped = c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r' : c == ':' ? 'c' : 0;
            if (escaped == 0) {
                out.append(c);
            } else {
                out.append('\\').append(escaped);
            }
        }
    }
}
