package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MessageEvent;
import org.teavm.jso.websocket.CloseEvent;
import org.teavm.jso.websocket.WebSocket;
import weiyu.widget.stomp.StompVersion;
import weiyu.widget.stomp.Transport;
import weiyu.widget.stomp.TransportFactory;
import weiyu.widget.stomp.TransportListener;

/**
 * The browser's WebSocket as the STOMP engine's transport. Binary messages are accepted
 * (ActiveMQ Artemis and Vert.x send STOMP in binary frames): the browser's own streaming
 * TextDecoder turns them into text, which the parser counts in UTF-8 bytes as it does for
 * text messages. It decodes exactly like the engine's Utf8Decoder (WHATWG: a sequence cut
 * between messages is carried over, bad bytes become U+FFFD, a BOM is kept), and leaves that
 * decoder, needed on the JVM only, out of the bundle.
 */
public final class BrowserSockets implements TransportFactory {
    @Override
    public Transport open(String url, TransportListener listener) {
        Socket socket = new Socket(create(url, StompVersion.SUBPROTOCOLS), listener);
        listen(socket.ws, socket);
        return socket;
    }

    /**
     * One socket: the engine's transport and the one functor for the four events, in one class
     * (each class, a Java lambda handed to JS included, costs bundle bytes).
     */
    private static final class Socket implements Transport, Events {
        final WebSocket ws;
        private final TransportListener listener;

        Socket(WebSocket ws, TransportListener listener) {
            this.ws = ws;
            this.listener = listener;
        }

        @Override
        public void on(int kind, Event evt) {
            if (kind == 0) {
                listener.onOpen();
            } else if (kind == 1) {
                listener.onMessage(text(ws, ((MessageEvent) evt).getData()));
            } else if (kind == 2) {
                CloseEvent c = (CloseEvent) evt;
                listener.onClose(c.getCode(), c.getReason());
            } else {
                listener.onError("WebSocket error");
            }
        }

        @Override
        public void send(String text) {
            ws.send(text);
        }

        @Override
        public void close() {
            ws.close();
        }
    }

    @JSFunctor
    interface Events extends JSObject {
        /** kind: 0 open, 1 message, 2 close, 3 error. */
        void on(int kind, Event evt);
    }

    @JSBody(params = { "url", "protocols" }, script = "var ws = new WebSocket(url, protocols.split(','));"
            + " ws.binaryType = 'arraybuffer'; return ws;")
    private static native WebSocket create(String url, String protocols);

    // bind, not function literals: TeaVM renames a script's parameters without seeing inner scopes.
    @JSBody(params = { "ws", "f" }, script = "ws.onopen = f.bind(null, 0); ws.onmessage = f.bind(null, 1);"
            + " ws.onclose = f.bind(null, 2); ws.onerror = f.bind(null, 3);")
    private static native void listen(WebSocket ws, Events f);

    /** A text message as it is; a binary one decoded by the socket's own decoder, made on first use. */
    @JSBody(params = { "ws", "data" }, script = "if (typeof data === 'string') return data;"
            + " var d = ws.weiyuDecoder || (ws.weiyuDecoder = new TextDecoder('utf-8', {ignoreBOM: true}));"
            + " return d.decode(data, {stream: true});")
    private static native String text(WebSocket ws, JSObject data);
}
