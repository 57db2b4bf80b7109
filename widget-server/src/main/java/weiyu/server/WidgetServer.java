package weiyu.server;

import java.net.BindException;
import java.nio.file.Files;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weiyu.server.agent.AgentPageHandler;
import weiyu.server.assets.BundleHandler;
import weiyu.server.assets.WidgetBundle;
import weiyu.server.config.ConfigHandler;
import weiyu.server.config.SiteConfigStore;
import weiyu.server.demo.DemoHandler;
import weiyu.server.demo.DemoPage;
import weiyu.server.http.JsonErrorHandler;
import weiyu.server.http.Replies;
import weiyu.server.stomp.StompEndpoint;
import weiyu.server.visitor.UploadedFilesHandler;

/** widget-server: hosts widget.js, the demo page, per-site configs and the chat backend. Wires the parts. */
public final class WidgetServer {
    private static final Logger LOG = LoggerFactory.getLogger(WidgetServer.class);

    private final Server jetty;
    private final ServerConnector connector;
    private final ChatBackend backend;
    private final StompEndpoint stomp;

    private WidgetServer(Server jetty, ServerConnector connector, ChatBackend backend, StompEndpoint stomp) {
        this.jetty = jetty;
        this.connector = connector;
        this.backend = backend;
        this.stomp = stomp;
    }

    public static void main(String[] args) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
        } catch (ServerOptions.BadArguments e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            WidgetServer server = start(options);
            System.out.println("widget-server: demo at " + server.origin() + "/");
            server.jetty.join();
        } catch (Exception e) {
            if (causedBy(e, BindException.class)) {
                System.err.println("widget-server: cannot listen on " + options.host() + ":" + options.port()
                        + ": the address is already in use (another widget-server? try --port)");
            } else {
                System.err.println("widget-server: failed to start: " + e);
            }
            System.exit(1);
        }
    }

    /**
     * Starts a server; port 0 picks a free port (see {@link #port()}). {@code extra} handlers
     * (tests serve their own pages this way) are asked before the final 404.
     */
    public static WidgetServer start(ServerOptions options, Handler... extra) throws Exception {
        if (!Files.isDirectory(options.configDir())) {
            LOG.warn("config directory {} does not exist: every /config/<site>.json will be 404",
                    options.configDir().toAbsolutePath());
        }
        ChatBackend backend = ChatBackend.open(options);
        try {
            return start(options, backend, extra);
        } catch (Exception e) {
            backend.close();
            throw e;
        }
    }

    private static WidgetServer start(ServerOptions options, ChatBackend backend, Handler... extra) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(options.host());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        Handler.Sequence handlers = new Handler.Sequence(
                new BundleHandler(WidgetBundle.load()),
                new ConfigHandler(new SiteConfigStore(options.configDir())),
                new DemoHandler(DemoPage.load()),
                backend.visitorApi(),
                new UploadedFilesHandler(backend.uploads()),
                backend.agentApi(),
                new AgentPageHandler());
        for (Handler handler : extra) {
            handlers.addHandler(handler);
        }
        handlers.addHandler(new NotFound());
        StompEndpoint stomp = backend.stompEndpoint();
        jetty.setHandler(stomp.handler(jetty, handlers));
        jetty.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                stomp.close();
                backend.close();
            }
        });
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            throw e;
        }
        return new WidgetServer(jetty, connector, backend, stomp);
    }

    /** Store, fan-out, presence and chat service, for transports and tests. */
    public ChatBackend backend() {
        return backend;
    }

    /** {@code /stomp}: its sessions, and the tests' hook to cut visitors' connections. */
    public StompEndpoint stompEndpoint() {
        return stomp;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String origin() {
        return "http://" + hostForUrl(connector.getHost()) + ":" + port();
    }

    public void stop() throws Exception {
        jetty.stop();
    }

    private static String hostForUrl(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Last in line: a JSON 404 instead of Jetty's HTML error page. */
    private static final class NotFound extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Replies.jsonError(request, response, callback, 404, "no such resource");
            return true;
        }
    }
}
