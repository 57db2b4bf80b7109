package weiyu.server.stomp;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Jetty's WebSocket events for one connection, handed to its {@link ServerStompSession}. Public: Jetty calls it reflectively. */
public final class StompSocket implements Session.Listener.AutoDemanding {
    private final StompEndpoint endpoint;
    private ServerStompSession stomp;

    StompSocket(StompEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        stomp = new ServerStompSession(endpoint.app(), endpoint.fanout(), new ServerConnection() {
            @Override
            public void send(String text) {
                session.sendText(text, Callback.NOOP);
            }

            @Override
            public void close(int code, String reason) {
                session.close(code, reason, Callback.NOOP);
            }
        }, System::currentTimeMillis);
        endpoint.opened(stomp, session::disconnect);
    }

    @Override
    public void onWebSocketText(String message) {
        stomp.onText(message);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        byte[] bytes = new byte[payload.remaining()];
        payload.get(bytes);
        stomp.onBinary(bytes, 0, bytes.length);
        callback.succeed();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        closed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        closed();
    }

    private void closed() {
        if (stomp != null) {
            stomp.onClosed();
            endpoint.closed(stomp);
        }
    }
}
