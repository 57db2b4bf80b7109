package weiyu.widget.embed;

import java.util.ArrayList;
import java.util.List;
import weiyu.widget.chat.Http;
import weiyu.widget.chat.KeyValueStore;
import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.Scheduler;
import weiyu.widget.stomp.Transport;
import weiyu.widget.stomp.TransportFactory;
import weiyu.widget.stomp.TransportListener;

/**
 * Stands between the conversation and the browser's IO so the page's commands hold:
 * before consent nothing is written to storage; after {@link #close()} (weiyu('shutdown'))
 * every pending timer is cancelled, every socket closed, and nothing new starts: no request,
 * no timer, no socket, no write, and no late answer reaches the conversation.
 */
public final class IoGate {
    private final List<Cancellable> timers = new ArrayList<>();
    private final List<Transport> sockets = new ArrayList<>();
    private boolean storageAllowed;
    private boolean closed;

    public IoGate(boolean storageAllowed) {
        this.storageAllowed = storageAllowed;
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
        for (Cancellable t : new ArrayList<>(timers)) {
            t.cancel();
        }
        timers.clear();
        for (Transport s : new ArrayList<>(sockets)) {
            s.close();
        }
        sockets.clear();
    }

    public KeyValueStore store(KeyValueStore inner) {
        return new KeyValueStore() {
            @Override
            public String get(String key) {
                return closed ? null : inner.get(key);
            }

            @Override
            public void set(String key, String value) {
                if (storageAllowed) {
                    inner.set(key, value);
                }
            }

            @Override
            public void remove(String key) {
                if (storageAllowed) {
                    inner.remove(key);
                }
            }
        };
    }

    public Http http(Http inner) {
        return new Http() {
            @Override
            public void postJson(String url, String jsonBody, Callback callback) {
                if (!closed) {
                    inner.postJson(url, jsonBody, untilClosed(callback));
                }
            }

            @Override
            public void get(String url, String[] query, Callback callback) {
                if (!closed) {
                    inner.get(url, query, untilClosed(callback));
                }
            }

            @Override
            public void upload(String url, Object file, String[] fields, Callback callback) {
                if (!closed) {
                    inner.upload(url, file, fields, untilClosed(callback));
                }
            }
        };
    }

    private Http.Callback untilClosed(Http.Callback callback) {
        return (status, body) -> {
            if (!closed) {
                callback.onResponse(status, body);
            }
        };
    }

    public Scheduler scheduler(Scheduler inner) {
        return new Scheduler() {
            @Override
            public double now() {
                return inner.now();
            }

            @Override
            public Cancellable schedule(double delayMs, Runnable task) {
                if (closed) {
                    return () -> { };
                }
                Cancellable[] handle = new Cancellable[1];
                handle[0] = inner.schedule(delayMs, () -> {
                    timers.remove(handle[0]);
                    if (!closed) {
                        task.run();
                    }
                });
                timers.add(handle[0]);
                return () -> {
                    timers.remove(handle[0]);
                    handle[0].cancel();
                };
            }
        };
    }

    public TransportFactory sockets(TransportFactory inner) {
        return (url, listener) -> {
            if (closed) {
                throw new IllegalStateException("the widget was shut down");
            }
            Transport[] opened = new Transport[1];
            Transport socket = inner.open(url, untilClosed(listener, () -> sockets.remove(opened[0])));
            opened[0] = socket;
            sockets.add(socket);
            return new Transport() {
                @Override
                public void send(String text) {
                    if (!closed) {
                        socket.send(text);
                    }
                }

                @Override
                public void close() {
                    sockets.remove(socket);
                    socket.close();
                }
            };
        };
    }

    private TransportListener untilClosed(TransportListener inner, Runnable onGone) {
        return new TransportListener() {
            @Override
            public void onOpen() {
                if (!closed) {
                    inner.onOpen();
                }
            }

            @Override
            public void onMessage(String text) {
                if (!closed) {
                    inner.onMessage(text);
                }
            }

            @Override
            public void onBinaryMessage(byte[] data) {
                if (!closed) {
                    inner.onBinaryMessage(data);
                }
            }

            @Override
            public void onClose(int code, String reason) {
                onGone.run();
                if (!closed) {
                    inner.onClose(code, reason);
                }
            }

            @Override
            public void onError(String message) {
                if (!closed) {
                    inner.onError(message);
                }
            }
        };
    }
}
