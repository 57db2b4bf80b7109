package weiyu.widget.stomp;

/**
 * One STOMP frame: a command, headers in wire order (repeated names kept) and a text body.
 *
 * <p>Headers live in one flat array of name/value pairs: a frame has a handful of them, so a
 * linear search is faster and smaller (in the JS bundle) than a map.
 */
public final class StompFrame {
    private final String command;
    private String[] pairs = new String[16];
    private int headerCount;
    private String body = "";

    public StompFrame(String command) {
        this.command = command;
    }

    public String command() {
        return command;
    }

    /** Appends a header; an earlier header of the same name keeps priority (STOMP 1.2). */
    public StompFrame addHeader(String name, String value) {
        int slot = headerCount * 2;
        if (slot == pairs.length) {
            String[] grown = new String[pairs.length * 2];
            // A loop, not System.arraycopy: TeaVM inlines arraycopy's type checks here (bundle size).
            for (int i = 0; i < slot; i++) {
                grown[i] = pairs[i];
            }
            pairs = grown;
        }
        pairs[slot] = name;
        pairs[slot + 1] = value;
        headerCount++;
        return this;
    }

    /** Appends headers given as flat name/value pairs; null is allowed and adds nothing. */
    public StompFrame addHeaders(String[] namesAndValues) {
        if (namesAndValues != null) {
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                addHeader(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return this;
    }

    /** The value of the FIRST header with this name, or null. */
    public String header(String name) {
        int end = headerCount * 2;
        for (int i = 0; i < end; i += 2) {
            if (pairs[i].equals(name)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    public int headerCount() {
        return headerCount;
    }

    public String headerName(int index) {
        return pairs[index * 2];
    }

    public String headerValue(int index) {
        return pairs[index * 2 + 1];
    }

    /** The body, never null ("" when the frame has none). */
    public String body() {
        return body;
    }

    public StompFrame setBody(String body) {
        this.body = body == null ? "" : body;
        return this;
    }

    /** The wire form with 1.2 escaping, for logs and test messages. */
    @Override
    public String toString() {
        return StompWriter.write(this, true);
    }
}
