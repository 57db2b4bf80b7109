package weiyu.server.stomp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import weiyu.widget.stomp.StompFrame;
import weiyu.widget.stomp.StompParser;
import weiyu.widget.stomp.StompWriter;

/**
 * A JVM-side STOMP peer over plain TCP (RabbitMQ's STOMP port), built on the project's own
 * codec; it stands on the other side of the broker from the widget under test.
 */
public final class TcpStompPeer implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<StompFrame> frames = new LinkedBlockingQueue<>();

    private TcpStompPeer(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        Thread reader = new Thread(this::readLoop, "stomp-peer-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static TcpStompPeer connect(int port, String login, String passcode) throws Exception {
        TcpStompPeer peer = new TcpStompPeer(new Socket("127.0.0.1", port));
        peer.send(new StompFrame("CONNECT").addHeader("accept-version", "1.2").addHeader("host", "/")
                .addHeader("login", login).addHeader("passcode", passcode).addHeader("heart-beat", "0,0"));
        StompFrame connected = peer.next(10);
        if (!"CONNECTED".equals(connected.command())) {
            throw new IOException("broker answered " + connected);
        }
        return peer;
    }

    public void send(StompFrame frame) throws IOException {
        out.write(StompWriter.write(frame, true).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public void publish(String destination, String body) throws IOException {
        send(new StompFrame("SEND").addHeader("destination", destination).setBody(body));
    }

    /**
     * A subscription whose queue outlives this connection and a broker restart (RabbitMQ
     * headers). Returns once the broker's RECEIPT says the subscription is in place.
     */
    public void subscribeDurable(String destination, String queueName) throws IOException, InterruptedException {
        send(new StompFrame("SUBSCRIBE").addHeader("id", queueName).addHeader("destination", destination)
                .addHeader("ack", "auto").addHeader("durable", "true").addHeader("auto-delete", "false")
                .addHeader("x-queue-name", queueName).addHeader("receipt", "sub-" + queueName));
        StompFrame receipt = next(10);
        if (!"RECEIPT".equals(receipt.command())) {
            throw new IOException("expected the RECEIPT of SUBSCRIBE, got " + receipt);
        }
    }

    /** The next frame, failing after {@code seconds}. */
    public StompFrame next(int seconds) throws InterruptedException, IOException {
        StompFrame frame = frames.poll(seconds, TimeUnit.SECONDS);
        if (frame == null) {
            throw new IOException("no frame from the broker within " + seconds + " s");
        }
        if ("ERROR".equals(frame.command())) {
            throw new IOException("broker ERROR: " + frame.header("message") + " " + frame.body());
        }
        return frame;
    }

    private void readLoop() {
        StompParser parser = new StompParser(new StompParser.Handler() {
            @Override
            public void onFrame(StompFrame frame) {
                frames.add(frame);
            }

            @Override
            public void onHeartbeat() {
            }
        });
        byte[] buffer = new byte[8192];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (!parser.feed(buffer, 0, n)) {
                    frames.add(new StompFrame("ERROR").addHeader("message", "parse error: " + parser.error()));
                    return;
                }
            }
        } catch (IOException e) {
            // connection closed: the test sees it as missing frames
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
