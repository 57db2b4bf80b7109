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
            if (e == '\\') {
                out.append('\\');
            } else if (e == 'n') {
                out.append('\n');
            } else if (e == 'r') {
                out.append('\r');
            } else if (e == 'c') {
                out.append(':');
            } else {
                return null;
            }
        }
        return out.toString();
    }

    static void appendEscaped(StringBuilder out, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == ':') {
                out.append("\\c");
            } else {
                out.append(c);
            }
        }
    }
}
