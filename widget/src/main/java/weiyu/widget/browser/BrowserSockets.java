package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
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
        socket.onOpen(evt -> listener.onOpen());
        socket.onMessage(evt -> {
            if (isString(evt.getData())) {
                listener.onMessage(evt.getDataAsString());
            } else {
                listener.onBinaryMessage(Int8Array.create(evt.getDataAsArray()).copyToJavaArray());
            }
        });
        socket.onClose(evt -> listener.onClose(evt.getCode(), evt.getReason()));
        socket.onError(evt -> listener.onError("WebSocket error"));
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

    @JSBody(params = "value", script = "return typeof value === 'string';")
    private static native boolean isString(JSObject value);
}
