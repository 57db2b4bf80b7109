package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MessageEvent;
import org.teavm.jso.websocket.CloseEvent;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.websocket.WebSocket;
import weiyu.widget.stomp.StompVersion;
import weiyu.widget.stomp.Transport;
import weiyu.widget.stomp.TransportFactory;
import weiyu.widget.stomp.TransportListener;

/**
 * The browser's WebSocket as the STOMP engine's transport. Binary messages are accepted
 * (ActiveMQ Artemis and Vert.x send STOMP in binary frames) and handed over as bytes.
 */
public final class BrowserSockets implements TransportFactory {
    @Override
    public Transport open(String url, TransportListener listener) {
        WebSocket socket = WebSocket.create(url, StompVersion.subprotocols());
        socket.setBinaryType("arraybuffer");
        // One functor for the four events: each Java lambda handed to JS is a class of its own in the bundle.
        listen(socket, (kind, evt) -> {
            if (kind == 0) {
                listener.onOpen();
            } else if (kind == 1) {
                MessageEvent m = (MessageEvent) evt;
                if (isString(m.getData())) {
                    listener.onMessage(m.getDataAsString());
                } else {
                    listener.onBinaryMessage(Int8Array.create(m.getDataAsArray()).copyToJavaArray());
                }
            } else if (kind == 2) {
                CloseEvent c = (CloseEvent) evt;
                listener.onClose(c.getCode(), c.getReason());
            } else {
                listener.onError("WebSocket error");
            }
        });
        return new Transport() {
            @Override
            public void send(String text) {
                socket.send(text);
            }

            @Override
            public void close() {
                socket.close();
            }
        };
    }

    @JSFunctor
    interface Events extends JSObject {
        /** kind: 0 open, 1 message, 2 close, 3 error. */
        void on(int kind, Event evt);
    }

    // bind, not function literals: TeaVM renames a script's parameters without seeing inner scopes.
    @JSBody(params = { "ws", "f" }, script = "ws.onopen = f.bind(null, 0); ws.onmessage = f.bind(null, 1);"
            + " ws.onclose = f.bind(null, 2); ws.onerror = f.bind(null, 3);")
    private static native void listen(WebSocket ws, Events f);

    @JSBody(params = "value", script = "return typeof value === 'string';")
    private static native boolean isString(JSObject value);
}
