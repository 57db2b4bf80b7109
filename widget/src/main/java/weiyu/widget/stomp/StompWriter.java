package weiyu.widget.stomp;

/** Serializes frames to the text sent in one WebSocket message. */
public final class StompWriter {
    /** What a heart-beat is on the wire: one EOL. */
    public static final String HEARTBEAT = "\n";

    private StompWriter() {
    }

    /**
     * The wire form of {@code frame}: command, headers (escaped when {@code escapeHeaders}, which
     * is true from STOMP 1.1 on, and never for CONNECT/CONNECTED), a {@code content-length} in
     * UTF-8 bytes for a non-empty body, the body and NUL. A content-length header set by the
     * caller is dropped: the writer's own count is the one that matches the body.
     */
    public static String write(StompFrame frame, boolean escapeHeaders) {
        String command = frame.command();
        boolean escape = escapeHeaders && HeaderEscaping.appliesTo(command);
        String body = frame.body();
        StringBuilder out = new StringBuilder(64 + body.length());
        out.append(command).append('\n');
        int count = frame.headerCount();
        for (int i = 0; i < count; i++) {
            String name = frame.headerName(i);
            if ("content-length".equals(name)) {
                continue;
            }
            HeaderEscaping.append(out, name, escape);
            out.append(':');
            HeaderEscaping.append(out, frame.headerValue(i), escape);
            out.append('\n');
        }
        if (!body.isEmpty()) {
            out.append("content-length:").append(Utf8.length(body)).append('\n');
        }
        out.append('\n').append(body).append('\0');
        return out.toString();
    }
}
