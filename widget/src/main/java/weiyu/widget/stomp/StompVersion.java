package weiyu.widget.stomp;

/** Protocol versions the engine speaks, and their names on the wire. */
public final class StompVersion {
    /** The CONNECT {@code accept-version} value: best first. */
    public static final String ACCEPT_VERSION = "1.2,1.1,1.0";

    private StompVersion() {
    }

    /** WebSocket subprotocols to offer when opening the socket, comma-separated, best first. */
    public static final String SUBPROTOCOLS = "v12.stomp,v11.stomp,v10.stomp";

    /** {@link #SUBPROTOCOLS} as a fresh array (the browser splits the string itself: no array in the bundle). */
    public static String[] subprotocols() {
        return SUBPROTOCOLS.split(",");
    }

    /** 10, 11 or 12 from a {@code version} header (absent means 1.0); -1 for anything else. */
    public static int parse(String header) {
        if (header == null || "1.0".equals(header)) {
            return 10;
        }
        if ("1.1".equals(header)) {
            return 11;
        }
        if ("1.2".equals(header)) {
            return 12;
        }
        return -1;
    }

    /** "1.0", "1.1" or "1.2" for 10, 11 or 12. */
    public static String name(int version) {
        return version == 12 ? "1.2" : version == 11 ? "1.1" : "1.0";
    }
}
