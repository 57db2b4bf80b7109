package weiyu.widget.stomp;

/**
 * Incremental STOMP 1.2 frame parser fed with WebSocket messages. A message may hold several
 * frames, a part of one, or heart-beat EOLs; frames and heart-beats go to the {@link Handler}
 * as soon as they are complete.
 *
 * <p>Speed: the text is read in place with charAt, and only what a message leaves unfinished
 * (a partial line, a partial body) is copied, so no buffered data is scanned twice. UTF-8
 * byte counts are computed arithmetically, never by encoding.
 *
 * <p>Errors: a malformed or oversized frame makes {@link #feed} return false and
 * {@link #error()} tell why; from then on the parser refuses input until {@link #reset()}.
 * The owner is expected to close the connection. Nothing here throws on bad input.
 */
public final class StompParser {
    /** Receives what the parser recognizes. */
    public interface Handler {
        void onFrame(StompFrame frame);

        /** An EOL (LF or CRLF) between frames: the peer's heart-beat. */
        void onHeartbeat();
    }

    /** 1 MiB: well above real chat messages, small enough to stop a runaway frame. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 1048576;

    private static final int FRAME_START = 0;   // between frames: EOLs, stray NULs, or a command
    private static final int AFTER_CR = 1;      // a CR between frames, LF must follow
    private static final int COMMAND_LINE = 2;
    private static final int HEADER_LINE = 3;
    private static final int BODY_TO_NUL = 4;   // no content-length: body ends at the first NUL
    private static final int BODY_BY_LENGTH = 5;
    private static final int EXPECT_NUL = 6;    // content-length body read, NUL must follow
    private static final int FAILED = 7;

    /** Most frequent first: a client mostly reads MESSAGE, a server mostly SEND and ACK. */
    private static final String[] COMMANDS = {"MESSAGE", "SEND", "ACK", "RECEIPT", "ERROR", "SUBSCRIBE",
        "UNSUBSCRIBE", "NACK", "CONNECTED", "CONNECT", "STOMP", "DISCONNECT", "BEGIN", "COMMIT", "ABORT"};

    /** The error of an oversized frame; {@link #error()} adds the limit. */
    private static final String TOO_LARGE = "frame too large";

    private final Handler handler;
    private final int maxFrameBytes;
    private Utf8Decoder decoder; // made on the first binary message: the browser decodes natively
    private boolean unescapeHeaders = true;

    private int state = FRAME_START;
    private String error;
    private int resets; // lets feed() notice a reset() made from inside a handler callback

    // The frame being read.
    private StompFrame frame;
    private boolean frameUnescapes;
    private int frameBytes;        // bytes of the command and header lines read so far
    private int contentLength;     // -1 when absent
    private StringBuilder line = new StringBuilder();  // a line cut by a message boundary
    private StringBuilder body = new StringBuilder();  // a body cut by a message boundary
    private int bodyBytes;         // bytes of body read so far

    // Results of the last scanLine() call.
    private int lineColon;
    private int lineExtraBytes;
    private boolean lineHasBackslash;

    public StompParser(Handler handler) {
        this(handler, DEFAULT_MAX_FRAME_BYTES);
    }

    public StompParser(Handler handler, int maxFrameBytes) {
        this.handler = handler;
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * Whether header names and values are unescaped: true (the default) for STOMP 1.1 and 1.2,
     * false once 1.0 was negotiated. CONNECT and CONNECTED frames are never unescaped.
     */
    public void setHeaderUnescaping(boolean unescape) {
        this.unescapeHeaders = unescape;
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** Parses a text message. Returns false when the stream is malformed (see {@link #error()}). */
    public boolean feed(String text) {
        if (state == FAILED) {
            return false;
        }
        int resetsAtStart = resets;
        int pos = 0;
        int end = text.length();
        while (pos < end && pos >= 0) {
            switch (state) {
                case FRAME_START:
                    pos = betweenFrames(text, pos, end);
                    break;
                case AFTER_CR:
                    if (text.charAt(pos) != '\n') {
                        pos = fail("CR without LF between frames");
                        break;
                    }
                    state = FRAME_START;
                    pos++;
                    handler.onHeartbeat();
                    break;
                case COMMAND_LINE:
                case HEADER_LINE:
                    pos = readLine(text, pos, end);
                    break;
                case BODY_TO_NUL:
                    pos = readBodyToNul(text, pos, end);
                    break;
                case BODY_BY_LENGTH:
                    pos = readBodyByLength(text, pos, end);
                    break;
                case EXPECT_NUL:
                    if (text.charAt(pos) != '\0') {
                        pos = fail("no NUL after the content-length body");
                        break;
                    }
                    pos = emitFrame(pos + 1);
                    break;
                default:
                    return false;
            }
            if (resets != resetsAtStart) {
                return true; // the handler reset us (e.g. closed the connection): drop the rest
            }
        }
        return state != FAILED;
    }

    /** Parses a binary message; a UTF-8 sequence cut at its end is completed by the next one. */
    public boolean feed(byte[] data, int offset, int length) {
        if (state == FAILED) {
            return false;
        }
        if (decoder == null) {
            decoder = new Utf8Decoder();
        }
        // The decoder holds at most 3 bytes of a cut character: nothing to bound there.
        String text = decoder.decode(data, offset, length);
        return text.isEmpty() || feed(text);
    }

    /** Why the stream was refused, or null while it is fine. */
    public String error() {
        // The size message is built here, not at the four places that refuse a big frame.
        return error == TOO_LARGE ? "frame larger than " + maxFrameBytes + " bytes" : error;
    }

    public boolean failed() {
        return state == FAILED;
    }

    /** Forgets everything buffered and any error; settings (max size, unescaping) are kept. */
    public void reset() {
        resets++;
        error = null;
        state = FRAME_START;
        decoder = null; // a half-received character is forgotten with it
        clearFrame();
    }

    /**
     * Bytes held for the unfinished frame (lines and body read so far). Never above
     * {@link #maxFrameBytes()}: the parser fails instead of buffering more.
     */
    public int pendingFrameBytes() {
        if (state == FRAME_START || state == AFTER_CR || state == FAILED) {
            return 0;
        }
        return frameBytes + line.length() + bodyBytes;
    }

    /** Reads one token between frames (one call each, so feed() sees a reset from onHeartbeat). */
    private int betweenFrames(String text, int pos, int end) {
        char c = text.charAt(pos);
        if (c == '\n') {
            handler.onHeartbeat();
            return pos + 1;
        }
        if (c == '\r') {
            if (pos + 1 == end) {
                state = AFTER_CR;
                return end;
            }
            if (text.charAt(pos + 1) != '\n') {
                return fail("CR without LF between frames");
            }
            handler.onHeartbeat();
            return pos + 2;
        }
        if (c == '\0') {
            return pos + 1; // some servers pad with NULs; harmless
        }
        state = COMMAND_LINE;
        frameBytes = 0;
        return pos;
    }

    /** Reads (the rest of) a command or header line. */
    private int readLine(String text, int pos, int end) {
        int eol = scanLine(text, pos, end);
        if (eol < 0) {
            line.append(text, pos, end);
            if (frameBytes + line.length() > maxFrameBytes) { // chars <= bytes: a safe early cut
                return fail(TOO_LARGE);
            }
            return end;
        }
        boolean ok;
        if (line.length() == 0) {
            frameBytes += eol - pos + lineExtraBytes + 1;
            ok = state == COMMAND_LINE ? onCommand(text, pos, eol) : onHeaderLine(text, pos, eol);
        } else {
            line.append(text, pos, eol);
            String whole = line.toString();
            line.setLength(0);
            scanLine(whole, 0, whole.length()); // once per cut line: fresh colon/escape facts
            frameBytes += whole.length() + lineExtraBytes + 1;
            ok = state == COMMAND_LINE ? onCommand(whole, 0, whole.length())
                    : onHeaderLine(whole, 0, whole.length());
        }
        if (!ok) {
            return -1;
        }
        if (frameBytes > maxFrameBytes) {
            return fail(TOO_LARGE);
        }
        return eol + 1;
    }

    /**
     * Finds the LF ending the line that starts at {@code pos}; notes the first colon, whether a
     * backslash occurs and the extra UTF-8 bytes of non-ASCII chars, all in one pass.
     */
    private int scanLine(String text, int pos, int end) {
        int colon = -1;
        int extra = 0;
        boolean backslash = false;
        int eol = -1;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '\n') {
                    eol = i;
                    break;
                } else if (c == ':') {
                    if (colon < 0) {
                        colon = i;
                    }
                } else if (c == '\\') {
                    backslash = true;
                }
            } else {
                extra += Utf8.unitLength(c) - 1;
            }
        }
        lineColon = colon;
        lineExtraBytes = extra;
        lineHasBackslash = backslash;
        return eol;
    }

    private boolean onCommand(String text, int start, int end) {
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        if (start == end) {
            return refuse("empty command");
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return refuse("invalid command");
            }
        }
        String command = knownCommand(text, start, end);
        frame = new StompFrame(command);
        frameUnescapes = unescapeHeaders && HeaderEscaping.appliesTo(command);
        contentLength = -1;
        state = HEADER_LINE;
        return true;
    }

    /** The shared constant for a standard command (no allocation per frame), else a copy. */
    private static String knownCommand(String text, int start, int end) {
        int length = end - start;
        for (String known : COMMANDS) {
            if (known.length() == length && text.startsWith(known, start)) {
                return known;
            }
        }
        return text.substring(start, end);
    }

    private boolean onHeaderLine(String text, int start, int end) {
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        if (start == end) {
            return startBody();
        }
        int colon = lineColon;
        if (colon < 0 || colon >= end) {
            return refuse("header line without ':'");
        }
        if (colon == start) {
            return refuse("empty header name");
        }
        String name;
        String value;
        if (frameUnescapes && lineHasBackslash) {
            name = HeaderEscaping.unescape(text, start, colon);
            value = HeaderEscaping.unescape(text, colon + 1, end);
            if (name == null || value == null) {
                return refuse("undefined escape in a header");
            }
        } else {
            name = text.substring(start, colon);
            value = text.substring(colon + 1, end);
        }
        if (contentLength < 0 && name.length() == 14 && "content-length".equals(name)) {
            contentLength = parseLength(value);
            if (contentLength == -2) {
                return refuse("invalid content-length");
            }
        }
        frame.addHeader(name, value);
        return true;
    }

    /** Digits only; -2 when invalid or absurdly large (the size check catches the rest). */
    private int parseLength(String value) {
        int n = value.length();
        if (n == 0 || n > 10) {
            return -2;
        }
        int result = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            result = result * 10 + (c - '0');
            if (result > 999999999) {
                return -2;
            }
        }
        return result;
    }

    private boolean startBody() {
        bodyBytes = 0;
        if (contentLength < 0) {
            state = BODY_TO_NUL;
            return true;
        }
        if (contentLength > maxFrameBytes - frameBytes) {
            return refuse(TOO_LARGE);
        }
        state = contentLength == 0 ? EXPECT_NUL : BODY_BY_LENGTH;
        return true;
    }

    private int readBodyToNul(String text, int pos, int end) {
        // Every char is at least one byte, so no need to look past the remaining budget.
        int budget = maxFrameBytes - frameBytes - bodyBytes;
        int limit = end - pos > budget ? pos + budget + 1 : end;
        int extra = 0;
        int i = pos;
        for (; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                break;
            }
            if (c >= 0x80) {
                extra += Utf8.unitLength(c) - 1;
            }
        }
        int bytes = i - pos + extra;
        if (bytes > budget) {
            return fail(TOO_LARGE);
        }
        if (i == end) {
            body.append(text, pos, end);
            bodyBytes += bytes;
            return end;
        }
        setBody(text, pos, i);
        return emitFrame(i + 1);
    }

    private int readBodyByLength(String text, int pos, int end) {
        int remaining = contentLength - bodyBytes;
        int i = pos;
        while (i < end && remaining > 0) {
            remaining -= Utf8.unitLength(text.charAt(i));
            i++;
        }
        if (remaining < 0) {
            return fail("content-length ends inside a character");
        }
        if (remaining > 0) { // the message ended first
            body.append(text, pos, end);
            bodyBytes = contentLength - remaining;
            return end;
        }
        setBody(text, pos, i);
        state = EXPECT_NUL;
        return i;
    }

    private void setBody(String text, int from, int to) {
        if (body.length() == 0) {
            frame.setBody(text.substring(from, to));
        } else {
            body.append(text, from, to);
            frame.setBody(body.toString());
            body.setLength(0);
        }
    }

    private int emitFrame(int next) {
        StompFrame done = frame;
        clearFrame();
        state = FRAME_START;
        handler.onFrame(done);
        return next;
    }

    private void clearFrame() {
        frame = null;
        frameBytes = 0;
        bodyBytes = 0;
        contentLength = -1;
        // A huge frame must not pin its buffer for the connection's lifetime.
        if (line.capacity() > 1024) {
            line = new StringBuilder();
        } else {
            line.setLength(0);
        }
        if (body.capacity() > 8192) {
            body = new StringBuilder();
        } else {
            body.setLength(0);
        }
    }

    private boolean refuse(String why) {
        fail(why);
        return false;
    }

    /** Enters the failed state; returns -1 (an impossible position) for the read loop. */
    private int fail(String why) {
        error = why;
        state = FAILED;
        clearFrame();
        return -1;
    }
}
