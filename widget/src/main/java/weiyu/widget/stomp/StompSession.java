package weiyu.widget.stomp;

import weiyu.widget.util.SmallList;

/**
 * The STOMP conversation over ONE WebSocket: CONNECT/CONNECTED with version and heart-beat
 * negotiation, heart-beats both ways, frames out, MESSAGE/RECEIPT/ERROR in, DISCONNECT.
 * A dead socket, an ERROR frame or bad bytes end the session; reconnecting is the
 * {@link StompClient}'s job, with a new session.
 */
public final class StompSession {
    private static final int NEW = 0;
    private static final int OPENING = 1;       // socket requested
    private static final int CONNECTING = 2;    // CONNECT sent
    private static final int CONNECTED = 3;
    private static final int DISCONNECTING = 4; // DISCONNECT sent, waiting for its RECEIPT
    private static final int CLOSED = 5;

    private final StompConfig config;
    private final Scheduler scheduler;
    private final SessionListener listener;
    private final StompParser parser;
    private final Inbound inbound = new Inbound();
    // One Runnable class for the timers: each lambda would be a class of its own in the bundle.
    private final Timer sendCheck = new Timer(Timer.SEND);
    private final Timer receiveCheck = new Timer(Timer.RECEIVE);

    private int phase = NEW;
    private Transport transport;
    private boolean transportClosed;
    private int version;
    private int outgoingMs;
    private int incomingMs;
    private double lastReceived;
    private double lastSent;
    private Cancellable deadlineTimer; // the connect timeout, later the DISCONNECT timeout: never both
    private Cancellable sendTimer;
    private Cancellable receiveTimer;

    private int receiptCounter;
    private final SmallList<String> receiptIds = new SmallList<>();
    private final SmallList<ReceiptCallback> receiptCallbacks = new SmallList<>();
    private String disconnectReceipt;

    public StompSession(StompConfig config, Scheduler scheduler, SessionListener listener) {
        this.config = config;
        this.scheduler = scheduler;
        this.listener = listener;
        this.parser = new StompParser(inbound, config.maxFrameBytes);
    }

    /** Asks for the socket; CONNECT goes out when it opens. The connect timeout starts now. */
    public void open(TransportFactory transports) {
        if (phase != NEW) {
            return;
        }
        phase = OPENING;
        deadlineTimer = scheduler.schedule(config.connectTimeoutMs, new Timer(Timer.DEADLINE));
        try {
            transport = transports.open(config.url, inbound);
        } catch (RuntimeException e) {
            end(StompError.of(StompError.TRANSPORT_ERROR, "cannot open socket: " + e.getMessage()));
        }
    }

    public boolean isConnected() {
        return phase == CONNECTED;
    }

    public boolean isClosed() {
        return phase == CLOSED;
    }

    /** Negotiated version "1.0", "1.1" or "1.2"; null before CONNECTED. */
    public String version() {
        return version == 0 ? null : StompVersion.name(version);
    }

    /** Negotiated interval of our heart-beats in ms (0: none). */
    public int outgoingHeartbeatMs() {
        return outgoingMs;
    }

    /** Negotiated interval of the server's heart-beats in ms (0: none, no liveness check). */
    public int incomingHeartbeatMs() {
        return incomingMs;
    }

    /**
     * Sends a frame while CONNECTED. With {@code onReceipt}, a {@code receipt} header is added
     * (or the frame's own is used) and the callback runs when the matching RECEIPT arrives.
     * Returns false when not connected or when the socket refused the data (the session is
     * then ending).
     */
    public boolean send(StompFrame frame, ReceiptCallback onReceipt) {
        if (phase != CONNECTED) {
            return false;
        }
        if (onReceipt != null) {
            String id = frame.header("receipt");
            if (id == null) {
                id = nextReceiptId();
                frame.addHeader("receipt", id);
            }
            receiptIds.add(id);
            receiptCallbacks.add(onReceipt);
        }
        return write(StompWriter.write(frame, version >= 11));
    }

    public boolean subscribe(String id, String destination, String ackMode) {
        return send(new StompFrame("SUBSCRIBE").addHeader("id", id)
                .addHeader("destination", destination).addHeader("ack", ackMode), null);
    }

    public boolean unsubscribe(String id) {
        return send(new StompFrame("UNSUBSCRIBE").addHeader("id", id), null);
    }

    /**
     * ACKs a MESSAGE the way its version wants: 1.2 sends {@code id} = the MESSAGE's
     * {@code ack} header; 1.1 sends {@code message-id} and {@code subscription}; 1.0 sends
     * {@code message-id}. Sends nothing (returns false) when the MESSAGE lacks that header:
     * e.g. Spring's simple broker puts no {@code ack} header on MESSAGE and expects no ACK.
     */
    public boolean ack(StompFrame message) {
        StompFrame ack = new StompFrame("ACK");
        if (version >= 12) {
            String id = message.header("ack");
            if (id == null) {
                return false;
            }
            ack.addHeader("id", id);
        } else {
            String messageId = message.header("message-id");
            if (messageId == null) {
                return false;
            }
            ack.addHeader("message-id", messageId);
            String subscription = message.header("subscription");
            if (version == 11 && subscription != null) {
                ack.addHeader("subscription", subscription);
            }
        }
        return send(ack, null);
    }

    /**
     * Ends politely: DISCONNECT with a receipt, then closes when the RECEIPT arrives or after
     * the disconnect timeout. Before CONNECTED there is nothing to be polite about: closes now.
     */
    public void disconnect() {
        if (phase != CONNECTED) {
            close();
            return;
        }
        disconnectReceipt = nextReceiptId();
        String frame = StompWriter.write(new StompFrame("DISCONNECT").addHeader("receipt", disconnectReceipt),
                version >= 11);
        if (!write(frame)) {
            return;
        }
        phase = DISCONNECTING;
        deadlineTimer = scheduler.schedule(config.disconnectTimeoutMs, new Timer(Timer.DEADLINE));
    }

    /** Closes the socket now; the listener gets onClosed with no cause. */
    public void close() {
        end(null);
    }

    private String nextReceiptId() {
        return "r-" + (++receiptCounter);
    }

    private boolean write(String text) {
        if (phase == CLOSED || transport == null) {
            return false;
        }
        try {
            transport.send(text);
        } catch (RuntimeException e) {
            end(StompError.of(StompError.TRANSPORT_ERROR, "send failed: " + e.getMessage()));
            return false;
        }
        lastSent = scheduler.now();
        return true;
    }

    private void sendConnect() {
        StompFrame connect = new StompFrame("CONNECT")
                .addHeader("accept-version", StompVersion.ACCEPT_VERSION)
                .addHeader("host", config.host);
        if (config.login != null) {
            connect.addHeader("login", config.login);
        }
        if (config.passcode != null) {
            connect.addHeader("passcode", config.passcode);
        }
        connect.addHeader("heart-beat", config.heartbeatOutgoingMs + "," + config.heartbeatIncomingMs);
        connect.addHeaders(config.connectHeaders);
        phase = CONNECTING;
        write(StompWriter.write(connect, false));
    }

    private void onConnectedFrame(StompFrame connected) {
        int negotiated = StompVersion.parse(connected.header("version"));
        if (negotiated < 0) {
            end(StompError.of(StompError.PROTOCOL_ERROR,
                    "unsupported version " + connected.header("version")));
            return;
        }
        version = negotiated;
        parser.setHeaderUnescaping(version >= 11);
        String serverBeat = connected.header("heart-beat");
        outgoingMs = HeartBeat.negotiate(config.heartbeatOutgoingMs, HeartBeat.part(serverBeat, 1));
        incomingMs = HeartBeat.negotiate(config.heartbeatIncomingMs, HeartBeat.part(serverBeat, 0));
        cancel(deadlineTimer);
        deadlineTimer = null;
        phase = CONNECTED;
        double now = scheduler.now();
        lastReceived = now;
        if (outgoingMs > 0) {
            sendTimer = scheduler.schedule(Math.max(0, outgoingMs - (now - lastSent)), sendCheck);
        }
        if (incomingMs > 0) {
            receiveTimer = scheduler.schedule(2.0 * incomingMs, receiveCheck);
        }
        listener.onConnected(this);
    }

    /** Sends an EOL when nothing else went out for a whole interval. */
    private void checkOutgoing() {
        if (phase != CONNECTED && phase != DISCONNECTING) {
            return;
        }
        double idle = scheduler.now() - lastSent;
        if (idle >= outgoingMs) {
            if (!write(StompWriter.HEARTBEAT)) {
                return;
            }
            idle = 0;
        }
        sendTimer = scheduler.schedule(outgoingMs - idle, sendCheck);
    }

    /**
     * Declares the socket dead after 2x the incoming interval without a single byte. Timers
     * in background tabs fire late, so elapsed time is measured, not timer ticks counted.
     */
    private void checkIncoming() {
        if (phase != CONNECTED && phase != DISCONNECTING) {
            return;
        }
        double limit = 2.0 * incomingMs;
        double silent = scheduler.now() - lastReceived;
        if (silent >= limit) {
            end(StompError.of(StompError.HEARTBEAT_TIMEOUT,
                    "no data from the server for " + (int) silent + " ms"));
            return;
        }
        receiveTimer = scheduler.schedule(limit - silent, receiveCheck);
    }

    /** No CONNECTED within the connect timeout, or no RECEIPT for DISCONNECT in time. */
    private void deadlinePassed() {
        deadlineTimer = null;
        if (phase == OPENING || phase == CONNECTING) {
            end(StompError.of(StompError.CONNECT_TIMEOUT,
                    "no CONNECTED within " + config.connectTimeoutMs + " ms"));
        } else if (phase == DISCONNECTING) {
            close();
        }
    }

    private void onReceipt(StompFrame receipt) {
        String id = receipt.header("receipt-id");
        if (id == null) {
            return;
        }
        if (id.equals(disconnectReceipt)) {
            end(null);
            return;
        }
        int index = receiptIds.indexOf(id);
        if (index >= 0) {
            receiptIds.remove(index);
            ReceiptCallback callback = receiptCallbacks.remove(index);
            callback.onReceipt(receipt);
        }
    }

    /** The one way out: stops timers, closes the socket, tells the listener once. */
    private void end(StompError cause) {
        if (phase == CLOSED) {
            return;
        }
        phase = CLOSED;
        cancel(deadlineTimer);
        cancel(sendTimer);
        cancel(receiveTimer);
        deadlineTimer = sendTimer = receiveTimer = null;
        parser.reset();
        receiptIds.clear();
        receiptCallbacks.clear();
        if (transport != null && !transportClosed) {
            transportClosed = true;
            try {
                transport.close();
            } catch (RuntimeException ignored) {
                // Already broken: nothing more to release.
            }
        }
        listener.onClosed(this, cause);
    }

    private static void cancel(Cancellable timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    /** What a timer of this session does when it fires. */
    private final class Timer implements Runnable {
        static final int DEADLINE = 0; // see deadlinePassed()
        static final int SEND = 1;     // our heart-beat may be due
        static final int RECEIVE = 2;  // the server's heart-beat may be overdue

        private final int kind;

        Timer(int kind) {
            this.kind = kind;
        }

        @Override
        public void run() {
            if (kind == DEADLINE) {
                deadlinePassed();
            } else if (kind == SEND) {
                checkOutgoing();
            } else {
                checkIncoming();
            }
        }
    }

    /**
     * Socket events, and the frames parsed from them (one class for both: each class costs
     * bundle bytes). Everything after the session ended is ignored.
     */
    private final class Inbound implements TransportListener, StompParser.Handler {
        @Override
        public void onOpen() {
            if (phase == OPENING) {
                sendConnect();
            }
        }

        @Override
        public void onMessage(String text) {
            if (receiving() && !parser.feed(text)) {
                end(StompError.of(StompError.PROTOCOL_ERROR, parser.error()));
            }
        }

        @Override
        public void onBinaryMessage(byte[] data) {
            if (receiving() && !parser.feed(data, 0, data.length)) {
                end(StompError.of(StompError.PROTOCOL_ERROR, parser.error()));
            }
        }

        @Override
        public void onClose(int code, String reason) {
            if (phase == CLOSED) {
                return;
            }
            transportClosed = true;
            if (phase == DISCONNECTING) {
                end(null); // the server closed first after our DISCONNECT: fine
            } else {
                end(new StompError(StompError.TRANSPORT_CLOSED, reason, "", code));
            }
        }

        @Override
        public void onError(String message) {
            end(StompError.of(StompError.TRANSPORT_ERROR, message));
        }

        /** Any inbound data proves the socket alive, whatever it turns out to contain. */
        private boolean receiving() {
            if (phase == CLOSED || phase == NEW) {
                return false;
            }
            lastReceived = scheduler.now();
            return true;
        }

        @Override
        public void onFrame(StompFrame frame) {
            String command = frame.command();
            if ("MESSAGE".equals(command)) {
                if (phase == CONNECTED || phase == DISCONNECTING) {
                    listener.onMessage(StompSession.this, frame);
                }
            } else if ("RECEIPT".equals(command)) {
                onReceipt(frame);
            } else if ("CONNECTED".equals(command)) {
                if (phase == CONNECTING) {
                    onConnectedFrame(frame);
                }
            } else if ("ERROR".equals(command)) {
                end(new StompError(StompError.SERVER_ERROR, frame.header("message"), frame.body(), 0));
            }
            // Other commands are not for a client: ignored.
        }

        @Override
        public void onHeartbeat() {
            // Liveness already counted the bytes in receiving().
        }
    }
}
