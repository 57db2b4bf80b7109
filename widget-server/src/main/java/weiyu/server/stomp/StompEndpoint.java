package weiyu.server.stomp;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import weiyu.server.chat.Fanout;
import weiyu.widget.stomp.StompVersion;

/**
 * {@code /stomp}: STOMP over WebSocket (subprotocols v12/v11/v10.stomp, or none), one
 * {@link ServerStompSession} per connection, and one ticker thread for every session's
 * heart-beats and liveness.
 */
public final class StompEndpoint implements AutoCloseable {
    public static final String PATH = "/stomp";
    /** Idle sockets are dropped after this, as bytedesk does; heart-beats keep live ones open. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(120);

    private final StompApp app;
    private final Fanout fanout;
    private final Set<ServerStompSession> sessions = ConcurrentHashMap.newKeySet();
    /** How to cut each open connection abruptly (no close frame), for {@link #dropVisitorsForTests()}. */
    private final Map<ServerStompSession, Runnable> cutters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stomp-heartbeats");
        t.setDaemon(true);
        return t;
    });

    public StompEndpoint(StompApp app, Fanout fanout) {
        this.app = app;
        this.fanout = fanout;
        ticker.scheduleAtFixedRate(this::tickAll, 1, 1, TimeUnit.SECONDS);
    }

    /** A handler that upgrades {@code /stomp} and passes every other request to {@code next}. */
    public Handler handler(Server server, Handler next) {
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, container -> {
            container.setIdleTimeout(IDLE_TIMEOUT);
            // Larger than a frame may be, so an oversized frame gets our clean ERROR, not a 1009 close.
            container.setMaxTextMessageSize(2L * ServerStompSession.MAX_FRAME_BYTES);
            container.setMaxBinaryMessageSize(2L * ServerStompSession.MAX_FRAME_BYTES);
            container.addMapping(PATH, (request, response, callback) -> {
                for (String protocol : StompVersion.subprotocols()) {
                    if (request.hasSubProtocol(protocol)) {
                        response.setAcceptedSubProtocol(protocol);
                        break;
                    }
                }
                return new StompSocket(this);
            });
        });
        upgrade.setHandler(next);
        return upgrade;
    }

    public int sessionCount() {
        return sessions.size();
    }

    StompApp app() {
        return app;
    }

    Fanout fanout() {
        return fanout;
    }

    void opened(ServerStompSession session, Runnable cut) {
        sessions.add(session);
        cutters.put(session, cut);
    }

    void closed(ServerStompSession session) {
        sessions.remove(session);
        cutters.remove(session);
    }

    /**
     * Test hook, used only by the end-to-end tests: cuts every visitor's WebSocket at once, as a
     * network failure would (no STOMP DISCONNECT, no close handshake). Agents stay connected.
     * Returns how many connections were cut.
     */
    public int dropVisitorsForTests() {
        int cut = 0;
        for (Map.Entry<ServerStompSession, Runnable> e : cutters.entrySet()) {
            StompApp.Principal who = e.getKey().principal();
            if (who == null || !who.agent()) {
                e.getValue().run();
                cut++;
            }
        }
        return cut;
    }

    private void tickAll() {
        for (ServerStompSession s : sessions) {
            try {
                s.tick();
            } catch (RuntimeException e) {
                // one broken connection must not stop the heart-beats of the others
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
