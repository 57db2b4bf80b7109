package weiyu.server.stomp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import weiyu.server.chat.Fanout;
import weiyu.widget.stomp.HeartBeat;
import weiyu.widget.stomp.StompFrame;
import weiyu.widget.stomp.StompParser;
import weiyu.widget.stomp.StompVersion;
import weiyu.widget.stomp.StompWriter;

/**
 * The server side of one STOMP 1.0–1.2 connection, with bytedesk's semantics: clients
 * SUBSCRIBE to {@code /topic/<dotted>} and SEND to {@code /app/<dotted>}, which the
 * {@link StompApp} handles. Built on the widget's own codec. Sans-IO: bytes and clock ticks
 * come in, frames go out through a {@link ServerConnection}.
 *
 * <p>Threads: frames arrive on one thread at a time (Jetty delivers a connection's messages
 * in order), MESSAGE deliveries and ticks on others. No lock is held while calling the app,
 * because the app publishes to other sessions and two sessions sending at once would
 * otherwise wait on each other.
 */
public final class ServerStompSession {
    /** The largest frame a client may send (bytedesk's limit). */
    public static final int MAX_FRAME_BYTES = 128 * 1024;
    /** What the server offers and asks for: a heart-beat every 10 s each way. */
    public static final int HEARTBEAT_MS = 10000;
    private static final String TOPIC_PREFIX = "/topic/";
    private static final String APP_PREFIX = "/app/";
    private static final AtomicInteger SESSION_IDS = new AtomicInteger();

    private final StompApp app;
    private final Fanout fanout;
    private final ServerConnection connection;
    private final StompParser parser;
    private final String sessionId = "s" + SESSION_IDS.incrementAndGet();
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private final Object sendLock = new Object();
    private final LongSupplier clock;

    private volatile int version; // 10, 11 or 12 once CONNECTED; 0 before
    private volatile StompApp.Principal principal;
    private volatile boolean closed;
    private volatile long lastInbound;
    private volatile long lastOutbound;
    private volatile int sendEveryMs;
    private volatile int expectEveryMs;

    private record Subscription(String id, String destination, boolean clientAck, Fanout.Subscription listening) {
    }

    public ServerStompSession(StompApp app, Fanout fanout, ServerConnection connection, LongSupplier clock) {
        this.app = app;
        this.fanout = fanout;
        this.connection = connection;
        this.clock = clock;
        this.lastInbound = clock.getAsLong();
        this.lastOutbound = lastInbound;
        this.parser = new StompParser(new StompParser.Handler() {
            @Override
            public void onFrame(StompFrame frame) {
                handle(frame);
            }

            @Override
            public void onHeartbeat() {
                // lastInbound was already updated for the bytes that carried it
            }
        }, MAX_FRAME_BYTES);
        parser.setHeaderUnescaping(false); // the first frame is CONNECT, which is never escaped
    }

    public boolean isClosed() {
        return closed;
    }

    /** The principal once CONNECT was accepted, else null. */
    public StompApp.Principal principal() {
        return principal;
    }

    public void onText(String text) {
        lastInbound = clock.getAsLong();
        if (!closed && !parser.feed(text)) {
            fail("malformed frame: " + parser.error(), null);
        }
    }

    public void onBinary(byte[] data, int offset, int length) {
        lastInbound = clock.getAsLong();
        if (!closed && !parser.feed(data, offset, length)) {
            fail("malformed frame: " + parser.error(), null);
        }
    }

    /** Called about once a second: sends our heart-beat, drops a silent client. */
    public void tick() {
        long now = clock.getAsLong();
        if (closed) {
            return;
        }
        int expect = expectEveryMs;
        if (expect > 0 && now - lastInbound > 2L * expect) {
            fail("no data from the client for " + (now - lastInbound) + " ms (heart-beat " + expect + " ms)", null);
            return;
        }
        int every = sendEveryMs;
        if (every > 0 && now - lastOutbound >= every) {
            write(StompWriter.HEARTBEAT, now);
        }
    }

    /** The socket closed (either side): stop every subscription. */
    public void onClosed() {
        boolean wasOpen = !closed;
        closed = true;
        for (Subscription s : subscriptions.values()) {
            s.listening.cancel();
        }
        subscriptions.clear();
        if (wasOpen && principal != null) {
            app.onDisconnect(principal);
        }
    }

    private void handle(StompFrame frame) {
        if (closed) {
            return;
        }
        String command = frame.command();
        String receipt = frame.header("receipt");
        if (version == 0) {
            if (command.equals("CONNECT") || command.equals("STOMP")) {
                connect(frame);
            } else {
                fail("the first frame must be CONNECT, not " + command, receipt);
            }
            return;
        }
        try {
            switch (command) {
                case "SUBSCRIBE" -> subscribe(frame);
                case "UNSUBSCRIBE" -> unsubscribe(frame);
                case "SEND" -> send(frame);
                case "ACK", "NACK" -> acknowledge(frame);
                case "DISCONNECT" -> {
                    sendReceipt(receipt);
                    closed = true;
                    connection.close(1000, "disconnected");
                    onClosed();
                    return;
                }
                case "CONNECT", "STOMP" -> throw new StompApp.Refused("already connected");
                case "BEGIN", "COMMIT", "ABORT" -> throw new StompApp.Refused("transactions are not supported");
                default -> throw new StompApp.Refused("unknown command " + command);
            }
            sendReceipt(receipt);
        } catch (StompApp.Refused e) {
            fail(e.getMessage(), receipt);
        } catch (RuntimeException e) {
            fail("internal error", receipt);
            throw e;
        }
    }

    private void connect(StompFrame frame) {
        int chosen = negotiateVersion(frame.header("accept-version"));
        if (chosen == 0) {
            fail("supported protocol versions are 1.2, 1.1 and 1.0", frame.header("receipt"));
            return;
        }
        try {
            principal = app.authenticate(frame.header("login"), frame.header("passcode"));
        } catch (StompApp.Refused e) {
            fail(e.getMessage(), frame.header("receipt"));
            return;
        }
        String clientBeats = frame.header("heart-beat");
        sendEveryMs = HeartBeat.negotiate(HEARTBEAT_MS, HeartBeat.part(clientBeats, 1));
        expectEveryMs = HeartBeat.negotiate(HEARTBEAT_MS, HeartBeat.part(clientBeats, 0));
        version = chosen;
        parser.setHeaderUnescaping(chosen >= 11);
        StompFrame connected = new StompFrame("CONNECTED").addHeader("version", StompVersion.name(chosen))
                .addHeader("heart-beat", HEARTBEAT_MS + "," + HEARTBEAT_MS).addHeader("server", "widget-server/0.1")
                .addHeader("session", sessionId);
        emit(connected);
    }

    private void subscribe(StompFrame frame) throws StompApp.Refused {
        String destination = require(frame, "destination");
        String id = frame.header("id");
        if (id == null) {
            if (version >= 11) {
                throw new StompApp.Refused("SUBSCRIBE needs an id header");
            }
            id = destination; // STOMP 1.0 made the id optional
        }
        if (subscriptions.containsKey(id)) {
            throw new StompApp.Refused("subscription id " + id + " is already in use");
        }
        if (!destination.startsWith(TOPIC_PREFIX) || destination.length() == TOPIC_PREFIX.length()) {
            throw new StompApp.Refused("only /topic/... destinations can be subscribed to");
        }
        String topic = destination.substring(TOPIC_PREFIX.length());
        app.authorizeSubscribe(principal, topic);
        String ack = frame.header("ack");
        boolean clientAck = "client".equals(ack) || "client-individual".equals(ack);
        if (ack != null && !clientAck && !"auto".equals(ack)) {
            throw new StompApp.Refused("ack must be auto, client or client-individual");
        }
        String subscriptionId = id;
        Fanout.Subscription listening = fanout.subscribe(destination, json -> deliver(subscriptionId, json));
        subscriptions.put(id, new Subscription(id, destination, clientAck, listening));
    }

    private void unsubscribe(StompFrame frame) throws StompApp.Refused {
        String id = frame.header("id") != null ? frame.header("id") : frame.header("destination");
        if (id == null) {
            throw new StompApp.Refused("UNSUBSCRIBE needs an id header");
        }
        Subscription removed = subscriptions.remove(id);
        if (removed == null) {
            throw new StompApp.Refused("no subscription with id " + id);
        }
        removed.listening.cancel();
    }

    private void send(StompFrame frame) throws StompApp.Refused {
        String destination = require(frame, "destination");
        if (!destination.startsWith(APP_PREFIX) || destination.length() == APP_PREFIX.length()) {
            throw new StompApp.Refused("SEND is only accepted to /app/... destinations");
        }
        app.onSend(principal, destination.substring(APP_PREFIX.length()), frame.body());
    }

    private void acknowledge(StompFrame frame) throws StompApp.Refused {
        // Delivery is at-most-once over the socket; the durable history is what makes it
        // lossless, so an ACK needs only to be well-formed.
        if (frame.header(version >= 12 ? "id" : "message-id") == null) {
            throw new StompApp.Refused(frame.command() + " needs an " + (version >= 12 ? "id" : "message-id") + " header");
        }
    }

    private void deliver(String subscriptionId, String json) {
        Subscription s = subscriptions.get(subscriptionId);
        if (s == null || closed) {
            return;
        }
        String messageId = sessionId + "-" + messageIds.incrementAndGet();
        StompFrame message = new StompFrame("MESSAGE").addHeader("subscription", s.id)
                .addHeader("destination", s.destination).addHeader("message-id", messageId)
                .addHeader("content-type", "text/plain;charset=UTF-8");
        if (s.clientAck && version >= 12) {
            message.addHeader("ack", messageId);
        }
        emit(message.setBody(json));
    }

    private void sendReceipt(String receipt) {
        if (receipt != null) {
            emit(new StompFrame("RECEIPT").addHeader("receipt-id", receipt));
        }
    }

    /** Sends ERROR with the reason, then closes: STOMP says a server closes after ERROR. */
    private void fail(String reason, String receipt) {
        if (closed) {
            return;
        }
        StompFrame error = new StompFrame("ERROR").addHeader("message", reason);
        if (receipt != null) {
            error.addHeader("receipt-id", receipt);
        }
        emit(error.setBody(reason));
        closed = true;
        connection.close(1002, "STOMP error");
        onClosed();
    }

    private void emit(StompFrame frame) {
        // CONNECTED and ERROR before CONNECTED are written unescaped, as the codec rules say.
        write(StompWriter.write(frame, version >= 11), clock.getAsLong());
    }

    private void write(String text, long now) {
        synchronized (sendLock) {
            lastOutbound = now;
            connection.send(text);
        }
    }

    private static String require(StompFrame frame, String header) throws StompApp.Refused {
        String value = frame.header(header);
        if (value == null || value.isEmpty()) {
            throw new StompApp.Refused(frame.command() + " needs a " + header + " header");
        }
        return value;
    }

    /** The best version both sides speak: 12, 11 or 10; 0 when none. No header means 1.0. */
    static int negotiateVersion(String acceptVersion) {
        if (acceptVersion == null) {
            return 10;
        }
        int best = 0;
        int start = 0;
        while (start <= acceptVersion.length()) {
            int comma = acceptVersion.indexOf(',', start);
            int end = comma < 0 ? acceptVersion.length() : comma;
            String v = acceptVersion.substring(start, end).trim();
            int n = v.equals("1.2") ? 12 : v.equals("1.1") ? 11 : v.equals("1.0") ? 10 : 0;
            best = Math.max(best, n);
            start = end + 1;
        }
        return best;
    }
}
