package weiyu.widget.embed;

import weiyu.widget.chat.Http;
import weiyu.widget.chat.KeyValueStore;
import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.Scheduler;
import weiyu.widget.stomp.Transport;
import weiyu.widget.stomp.TransportFactory;
import weiyu.widget.stomp.TransportListener;
import weiyu.widget.util.SmallList;

/**
 * Stands between the conversation and the browser's IO so the page's commands hold:
 * before consent nothing is written to storage; after {@link #close()} (weiyu('shutdown'))
 * every pending timer is cancelled, every socket closed, and nothing new starts: no request,
 * no timer, no socket, no write, and no late answer reaches the conversation.
 *
 * <p>The gate is itself the gated store, HTTP, scheduler and socket factory (one object
 * rather than a wrapper class for each keeps the bundle small).
 */
public final class IoGate implements KeyValueStore, Http, Scheduler, TransportFactory {
    private final KeyValueStore store;
    private final Http http;
    private final Scheduler scheduler;
    private final TransportFactory sockets;
    private final SmallList<GatedTimer> pendingTimers = new SmallList<>();
    private final SmallList<GatedSocket> openSockets = new SmallList<>();
    private boolean storageAllowed;
    private boolean closed;

    public IoGate(boolean storageAllowed, KeyValueStore store, Http http, Scheduler scheduler, TransportFactory sockets) {
        this.storageAllowed = storageAllowed;
        this.store = store;
        this.http = http;
        this.scheduler = scheduler;
        this.sockets = sockets;
    }

    /** The visitor agreed (consent mode): storage may be written from now on. */
    public void allowStorage() {
        storageAllowed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Cancels every timer, closes every socket, and refuses all IO from now on. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        storageAllowed = false;
        // Backwards: a socket that reports its close at once leaves the list during the loop.
        for (int i = pendingTimers.size() - 1; i >= 0; i--) {
            pendingTimers.get(i).inner.cancel();
        }
        pendingTimers.clear();
        for (int i = openSockets.size() - 1; i >= 0; i--) {
            openSockets.get(i).socket.close();
        }
        openSockets.clear();
    }

    // ---- storage: reads until close, writes only with consent

    @Override
    public String get(String key) {
        return closed ? null : store.get(key);
    }

    @Override
    public void set(String key, String value) {
        if (storageAllowed) {
            store.set(key, value);
        }
    }

    @Override
    public void remove(String key) {
        if (storageAllowed) {
            store.remove(key);
        }
    }

    // ---- HTTP: no request after close, and no late answer

    @Override
    public void postJson(String url, String jsonBody, Callback callback) {
        if (!closed) {
            http.postJson(url, jsonBody, untilClosed(callback));
        }
    }

    @Override
    public void get(String url, String[] query, Callback callback) {
        if (!closed) {
            http.get(url, query, untilClosed(callback));
        }
    }

    @Override
    public void upload(String url, Object file, String[] fields, Callback callback) {
        if (!closed) {
            http.upload(url, file, fields, untilClosed(callback));
        }
    }

    private Callback untilClosed(Callback callback) {
        return (status, body) -> {
            if (!closed) {
                callback.onResponse(status, body);
            }
        };
    }

    // ---- timers

    @Override
    public double now() {
        return scheduler.now();
    }

    @Override
    public Cancellable schedule(double delayMs, Runnable task) {
        GatedTimer timer = new GatedTimer(task);
        if (!closed) {
            timer.inner = scheduler.schedule(delayMs, timer);
            pendingTimers.add(timer);
        }
        return timer;
    }

    /** A timer the gate forgets once it ran or was cancelled; never scheduled after close. */
    private final class GatedTimer implements Runnable, Cancellable {
        private final Runnable task;
        Cancellable inner;

        GatedTimer(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            pendingTimers.remove(this);
            if (!closed) {
                task.run();
            }
        }

        @Override
        public void cancel() {
            pendingTimers.remove(this);
            if (inner != null) {
                inner.cancel();
            }
        }
    }

    // ---- sockets

    @Override
    public Transport open(String url, TransportListener listener) {
        if (closed) {
            throw new IllegalStateException(); // weiyu('shutdown') ran: no socket may open
        }
        GatedSocket gated = new GatedSocket(listener);
        gated.socket = sockets.open(url, gated);
        openSockets.add(gated);
        return gated;
    }

    /** The socket as the engine sees it and the engine's listener as the socket sees it. */
    private final class GatedSocket implements Transport, TransportListener {
        private final TransportListener listener;
        Transport socket;

        GatedSocket(TransportListener listener) {
            this.listener = listener;
        }

        @Override
        public void send(String text) {
            if (!closed) {
                socket.send(text);
            }
        }

        @Override
        public void close() {
            openSockets.remove(this);
            socket.close();
        }

        @Override
        public void onOpen() {
            if (!closed) {
                listener.onOpen();
            }
        }

        @Override
        public void onMessage(String text) {
            if (!closed) {
                listener.onMessage(text);
            }
        }

        @Override
        public void onBinaryMessage(byte[] data) {
            if (!closed) {
                listener.onBinaryMessage(data);
            }
        }

        @Override
        public void onClose(int code, String reason) {
            openSockets.remove(this); // the server closed it: nothing to close at shutdown
            if (!closed) {
                listener.onClose(code, reason);
            }
        }

        @Override
        public void onError(String message) {
            if (!closed) {
                listener.onError(message);
            }
        }
    }
}
