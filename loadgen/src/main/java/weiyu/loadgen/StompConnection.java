package weiyu.loadgen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import weiyu.widget.stomp.StompFrame;
import weiyu.widget.stomp.StompParser;
import weiyu.widget.stomp.StompWriter;

/** One simulated visitor's STOMP-over-WebSocket connection (JDK WebSocket + the project's codec). */
final class StompConnection implements WebSocket.Listener {
    private final StompParser parser;
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final Consumer<StompFrame> onMessage;
    private WebSocket socket;
    private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);
    volatile boolean closed;
    /** Why the connection ended, for the report: "close 1002 STOMP error", "ERROR <message>", "send failed". */
    volatile String endReason;

    StompConnection(Consumer<StompFrame> onMessage) {
        this.onMessage = onMessage;
        this.parser = new StompParser(new StompParser.Handler() {
            @Override
            public void onFrame(StompFrame frame) {
                switch (frame.command()) {
                    case "CONNECTED" -> connected.complete(null);
                    case "MESSAGE" -> {
                        onMessage.accept(frame);
                        send(new StompFrame("ACK").addHeader("id", frame.header("ack")));
                    }
                    case "ERROR" -> {
                        connected.completeExceptionally(new IllegalStateException(frame.header("message")));
                        endReason = "ERROR " + frame.header("message");
                        closed = true;
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void onHeartbeat() {
            }
        });
    }

    /** Opens, CONNECTs as {@code login} and waits for CONNECTED. */
    void open(HttpClient http, String url, String login) throws Exception {
        socket = http.newWebSocketBuilder().subprotocols("v12.stomp").buildAsync(URI.create(url), this).get(30, TimeUnit.SECONDS);
        send(new StompFrame("CONNECT").addHeader("accept-version", "1.2").addHeader("host", "/")
                .addHeader("login", login).addHeader("heart-beat", "10000,10000"));
        connected.get(30, TimeUnit.SECONDS);
    }

    void subscribe(String destination) {
        send(new StompFrame("SUBSCRIBE").addHeader("id", "sub-0").addHeader("destination", destination).addHeader("ack", "client"));
    }

    void send(StompFrame frame) {
        sendText(StompWriter.write(frame, true));
    }

    void heartbeat() {
        sendText(StompWriter.HEARTBEAT);
    }

    /** The JDK allows one outstanding send per socket: chain them. */
    private synchronized void sendText(String text) {
        if (closed) {
            return;
        }
        lastSend = lastSend.thenCompose(ws -> socket.sendText(text, true)).exceptionally(e -> {
            if (endReason == null) {
                endReason = "send failed: " + e.getClass().getSimpleName();
            }
            closed = true;
            return socket;
        });
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            parser.feed(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (endReason == null) {
            endReason = "close " + statusCode + " " + reason;
        }
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (endReason == null) {
            endReason = "error " + error;
        }
        closed = true;
    }
}
