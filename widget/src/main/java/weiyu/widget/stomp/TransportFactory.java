package weiyu.widget.stomp;

/** Opens WebSockets; implemented by the browser layer (and by fakes in tests). */
public interface TransportFactory {
    /**
     * Starts opening {@code url}, offering {@link StompVersion#SUBPROTOCOLS}.
     * Events must reach {@code listener} only after this returns (the browser's event loop
     * guarantees it). Throwing here counts as a failed connection attempt.
     */
    Transport open(String url, TransportListener listener);
}
