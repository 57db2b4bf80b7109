package weiyu.server.chat;

/**
 * A message or request the server refuses; nothing was stored or published. The message is
 * meant for the client (HTTP: 400 or 403 with it in the envelope; STOMP: an ERROR frame).
 */
public final class Rejected extends Exception {
    /** {@code INVALID}: the input is wrong. {@code FORBIDDEN}: valid, but not this sender's to do. */
    public enum Kind { INVALID, FORBIDDEN }

    private final Kind kind;

    private Rejected(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static Rejected invalid(String message) {
        return new Rejected(Kind.INVALID, message);
    }

    public static Rejected forbidden(String message) {
        return new Rejected(Kind.FORBIDDEN, message);
    }

    public Kind kind() {
        return kind;
    }
}
