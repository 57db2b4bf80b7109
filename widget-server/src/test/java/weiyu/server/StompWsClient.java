package weiyu.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import weiyu.widget.stomp.StompFrame;
import weiyu.widget.stomp.StompParser;
import weiyu.widget.stomp.StompWriter;

/**
 * A STOMP 1.2 client for tests on the JDK's own WebSocket (subprotocol v12.stomp) and the
 * project's codec: what a browser does, without a browser. Frames are queued as they come.
 */
public final class StompWsClient implements AutoCloseable {
    private final BlockingQueue<StompFrame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final StompParser parser = new StompParser(new StompParser.Handler() {
        @Override
        public void onFrame(StompFrame frame) {
            frames.add(frame);
        }

        @Override
        public void onHeartbeat() {
        }
    });
    private WebSocket socket;

    private StompWsClient() {
    }

    /** Opens {@code /stomp} of {@code origin} and sends CONNECT; the answer (CONNECTED or ERROR) is {@link #next}. */
    public static StompWsClient open(String origin, String login, String passcode) throws Exception {
        StompWsClient client = new StompWsClient();
        String url = origin.replaceFirst("^http", "ws") + "/stomp";
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("v12.stomp")
                .connectTimeout(Duration.ofSeconds(5)).buildAsync(URI.create(url), client.listener())
                .get(5, TimeUnit.SECONDS);
        StompFrame connect = new StompFrame("CONNECT").addHeader("accept-version", "1.2")
                .addHeader("host", "127.0.0.1").addHeader("login", login).addHeader("heart-beat", "10000,10000");
        if (passcode != null) {
            connect.addHeader("passcode", passcode);
        }
        client.write(StompWriter.write(connect, false));
        return client;
    }

    /** {@link #open} that insists on CONNECTED. */
    public static StompWsClient connect(String origin, String login, String passcode) throws Exception {
        StompWsClient client = open(origin, login, passcode);
        StompFrame answer = client.next(5);
        if (!answer.command().equals("CONNECTED")) {
            throw new AssertionError("CONNECT refused: " + answer);
        }
        return client;
    }

    /** SUBSCRIBE with ack:client; returns once the server's RECEIPT says the subscription is in place. */
    public void subscribe(String id, String destination) throws InterruptedException {
        String receipt = "subscribed-" + id;
        write(StompWriter.write(new StompFrame("SUBSCRIBE").addHeader("id", id).addHeader("destination", destination)
                .addHeader("ack", "client").addHeader("receipt", receipt), true));
        StompFrame answer = awaitFrame(f -> f.command().equals("ERROR")
                || (f.command().equals("RECEIPT") && receipt.equals(f.header("receipt-id"))), 5);
        if (answer.command().equals("ERROR")) {
            throw new AssertionError("SUBSCRIBE " + destination + " refused: " + answer.header("message"));
        }
    }

    /** SEND with no content-type, as bytedesk-family clients do. */
    public void send(String destination, String body) {
        write(StompWriter.write(new StompFrame("SEND").addHeader("destination", destination).setBody(body), true));
    }

    /** A heart-beat (an empty line): CONNECT promised one every 10 s, and the server holds us to it. */
    public void heartbeat() {
        write("\n");
    }

    public void ack(StompFrame message) {
        write(StompWriter.write(new StompFrame("ACK").addHeader("id", message.header("ack")), true));
    }

    /** The next frame; fails after {@code seconds}. */
    public StompFrame next(int seconds) throws InterruptedException {
        StompFrame f = frames.poll(seconds, TimeUnit.SECONDS);
        if (f == null) {
            throw new AssertionError("no STOMP frame within " + seconds + " s");
        }
        return f;
    }

    /** The next frame, or null when none came within {@code millis}. */
    public StompFrame poll(long millis) throws InterruptedException {
        return frames.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Skips frames until one matches (ACKing the MESSAGEs passed over); fails after {@code seconds}. */
    public StompFrame awaitFrame(Predicate<StompFrame> match, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            StompFrame f = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
            if (f == null) {
                throw new AssertionError("no matching STOMP frame within " + seconds + " s");
            }
            if (f.command().equals("MESSAGE") && f.header("ack") != null) {
                ack(f);
            }
            if (match.test(f)) {
                return f;
            }
        }
    }

    /** The next MESSAGE on {@code destination} whose body contains {@code text}. */
    public StompFrame awaitMessage(String destination, String text, int seconds) throws InterruptedException {
        return awaitFrame(f -> f.command().equals("MESSAGE") && destination.equals(f.header("destination"))
                && f.body().contains(text), seconds);
    }

    /** The close code once the server closed the socket. */
    public int awaitClosed(int seconds) throws Exception {
        return closed.get(seconds, TimeUnit.SECONDS);
    }

    private void write(String text) {
        socket.sendText(text, true).join();
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    parser.feed(partial.toString());
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.complete(-1);
            }
        };
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
