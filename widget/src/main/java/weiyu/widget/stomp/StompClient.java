package weiyu.widget.stomp;

import weiyu.widget.util.SmallList;

/**
 * A STOMP client that survives connections: it reconnects with backoff, restores every
 * subscription after each CONNECTED, and keeps messages published while disconnected in a
 * bounded outbox that is flushed, in order, right after the subscriptions are restored.
 *
 * <p>All methods and callbacks run on one thread (the browser's event loop); nothing blocks.
 */
public final class StompClient {
    private final StompConfig config;
    private final TransportFactory transports;
    private final Scheduler scheduler;
    private final Backoff backoff;
    private final Outbox outbox;
    private final SmallList<Subscription> subscriptions = new SmallList<>();
    private final Sessions sessions = new Sessions();

    private StateListener stateListener;
    private ErrorListener errorListener;
    private int state = ClientState.CLOSED;
    private boolean active;
    private StompSession session;
    private Cancellable reconnectTimer;
    private int attempt;
    private double connectedAt = -1;
    private int subscriptionCounter;

    /** {@code random} gives the backoff jitter; null means Math.random. */
    public StompClient(StompConfig config, TransportFactory transports, Scheduler scheduler, RandomSource random) {
        this.config = config;
        this.transports = transports;
        this.scheduler = scheduler;
        this.backoff = new Backoff(config.reconnectBaseMs, config.reconnectCapMs, random);
        this.outbox = new Outbox(config.outboxCapacity);
    }

    /** Uses Math.random for the backoff jitter. */
    public StompClient(StompConfig config, TransportFactory transports, Scheduler scheduler) {
        this(config, transports, scheduler, null);
    }

    public void setStateListener(StateListener listener) {
        this.stateListener = listener;
    }

    public void setErrorListener(ErrorListener listener) {
        this.errorListener = listener;
    }

    public int state() {
        return state;
    }

    public boolean isConnected() {
        return state == ClientState.CONNECTED;
    }

    public boolean isActive() {
        return active;
    }

    /** The live session (for its negotiated version and heart-beats), or null. */
    public StompSession session() {
        return session;
    }

    /** Starts connecting, and keeps reconnecting until {@link #deactivate()}. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        attempt = 0;
        if (session != null) {
            // Still saying goodbye after an earlier deactivate(): drop that socket, start fresh.
            StompSession old = session;
            session = null;
            old.close();
        }
        connect();
    }

    /**
     * Stops for good: no more retries. A connected session sends DISCONNECT and closes on its
     * RECEIPT (or after the disconnect timeout); state becomes CLOSED then. Subscriptions and
     * queued messages are kept for a later activate().
     */
    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        cancelReconnect();
        if (session == null) {
            setState(ClientState.CLOSED, 0);
        } else {
            session.disconnect(); // closes at once when not connected yet
        }
    }

    /** Subscribes with {@code ack:client}; each MESSAGE is ACKed once its handler returns. */
    public boolean subscribe(String destination, MessageHandler handler) {
        return subscribe(destination, "client", handler);
    }

    /**
     * Subscribes to {@code destination} (now if connected, else at the next CONNECTED), and
     * again after every reconnect. Returns false, changing nothing, when this destination is
     * already subscribed: one subscription per destination is the product's rule.
     *
     * @param ackMode "auto", "client" or "client-individual"; for the last two the client ACKs
     *                each MESSAGE after the handler returns normally
     */
    public boolean subscribe(String destination, String ackMode, MessageHandler handler) {
        if (find(destination) != null) {
            return false;
        }
        Subscription subscription = new Subscription("sub-" + (subscriptionCounter++), destination, ackMode, handler);
        subscriptions.add(subscription);
        if (session != null) { // sends nothing unless connected; replayed at CONNECTED anyway
            session.subscribe(subscription.id, destination, ackMode);
        }
        return true;
    }

    /** Returns false when {@code destination} was not subscribed. */
    public boolean unsubscribe(String destination) {
        Subscription subscription = find(destination);
        if (subscription == null) {
            return false;
        }
        subscriptions.remove(subscription);
        if (session != null) { // sends nothing unless connected
            session.unsubscribe(subscription.id);
        }
        return true;
    }

    public boolean isSubscribed(String destination) {
        return find(destination) != null;
    }

    public int publish(String destination, String body, String[] headers) {
        return publish(destination, body, headers, null);
    }

    /**
     * Sends a SEND frame to {@code destination}, or queues it while not connected. Never drops
     * silently: a full outbox or an inactive client refuses and says so.
     *
     * @param headers   extra headers as flat name/value pairs, or null
     * @param onReceipt called when the server confirms with RECEIPT (many servers never do
     *                  for SEND, e.g. Spring's simple broker), or null
     */
    public int publish(String destination, String body, String[] headers, ReceiptCallback onReceipt) {
        if (!active) {
            return PublishResult.INACTIVE;
        }
        StompFrame frame = new StompFrame("SEND").addHeader("destination", destination)
                .addHeaders(headers).setBody(body);
        if (state == ClientState.CONNECTED && session != null && session.send(frame, onReceipt)) {
            return PublishResult.SENT;
        }
        if (outbox.isFull()) {
            return PublishResult.OUTBOX_FULL;
        }
        outbox.add(frame, onReceipt);
        return PublishResult.QUEUED;
    }

    /** Messages waiting for a connection. */
    public int outboxSize() {
        return outbox.size();
    }

    private void connect() {
        setState(ClientState.CONNECTING, 0);
        StompSession next = new StompSession(config, scheduler, sessions);
        session = next;
        next.open(transports);
    }

    private void reconnectNow() {
        reconnectTimer = null;
        if (active && session == null) {
            connect();
        }
    }

    private void scheduleReconnect() {
        double delay = backoff.delayMs(attempt);
        if (attempt < 1000) {
            attempt++;
        }
        setState(ClientState.RECONNECTING, delay);
        reconnectTimer = scheduler.schedule(delay, sessions);
    }

    private void cancelReconnect() {
        if (reconnectTimer != null) {
            reconnectTimer.cancel();
            reconnectTimer = null;
        }
    }

    private Subscription find(String destination) {
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            if (s.destination.equals(destination)) {
                return s;
            }
        }
        return null;
    }

    private Subscription findForMessage(StompFrame message) {
        String id = message.header("subscription");
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            if (id != null ? s.id.equals(id) : s.destination.equals(message.header("destination"))) {
                return s;
            }
        }
        return null;
    }

    private void setState(int next, double delayMs) {
        state = next;
        if (stateListener != null) {
            stateListener.onStateChange(next, delayMs);
        }
    }

    private void report(StompError error) {
        if (errorListener != null) {
            errorListener.onError(error);
        }
    }

    /**
     * Events of the current session (those of a replaced session are ignored), and the
     * reconnect timer: one class for both, as each class costs bundle bytes.
     */
    private final class Sessions implements SessionListener, Runnable {
        @Override
        public void run() {
            reconnectNow();
        }

        @Override
        public void onConnected(StompSession s) {
            if (s != session) {
                return;
            }
            connectedAt = scheduler.now();
            // Subscriptions first, then the outbox, then the news: a state listener that
            // publishes at once must not overtake older queued messages.
            for (int i = 0; i < subscriptions.size() && s.isConnected(); i++) {
                Subscription sub = subscriptions.get(i);
                s.subscribe(sub.id, sub.destination, sub.ackMode);
            }
            while (!outbox.isEmpty() && s.isConnected()) {
                if (!s.send(outbox.firstFrame(), outbox.firstReceipt())) {
                    break;
                }
                outbox.removeFirst();
            }
            if (s == session && s.isConnected()) {
                setState(ClientState.CONNECTED, 0);
            }
        }

        @Override
        public void onMessage(StompSession s, StompFrame message) {
            if (s != session) {
                return;
            }
            Subscription sub = findForMessage(message);
            if (sub == null) {
                return; // unsubscribed meanwhile
            }
            try {
                sub.handler.onMessage(message);
            } catch (RuntimeException e) {
                // The parser is mid-message: an exception must not escape into it. An explicit
                // toString() keeps String.valueOf(Object) out of the bundle.
                report(StompError.of(StompError.HANDLER_FAILED, sub.destination + ": " + e.toString()));
                return;
            }
            if (sub.needsAck()) {
                s.ack(message);
            }
        }

        @Override
        public void onClosed(StompSession s, StompError cause) {
            if (s != session) {
                return;
            }
            session = null;
            double now = scheduler.now();
            if (connectedAt >= 0 && now - connectedAt >= config.backoffResetAfterMs) {
                attempt = 0; // that connection was healthy: the next outage starts gently
            }
            connectedAt = -1;
            if (cause != null) {
                report(cause);
            }
            if (active) {
                scheduleReconnect();
            } else {
                setState(ClientState.CLOSED, 0);
            }
        }
    }
}
