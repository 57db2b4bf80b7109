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
import weiyu.server.assets.BundleHandler;
import weiyu.server.assets.WidgetBundle;
import weiyu.server.chat.ChatService;
import weiyu.server.chat.Fanout;
import weiyu.server.chat.InProcessFanout;
import weiyu.server.chat.OnlineAgents;
import weiyu.server.chat.ServerClock;
import weiyu.server.config.ConfigHandler;
import weiyu.server.config.SiteConfigStore;
import weiyu.server.config.SiteDirectory;
import weiyu.server.demo.DemoHandler;
import weiyu.server.demo.DemoPage;
import weiyu.server.http.JsonErrorHandler;
import weiyu.server.http.Replies;
import weiyu.server.store.SqliteDatabase;
import weiyu.server.store.Store;
import weiyu.server.visitor.FileUploads;
import weiyu.server.visitor.UploadedFilesHandler;
import weiyu.server.visitor.VisitorApiHandler;
import weiyu.server.visitor.VisitorCalls;

/** widget-server: hosts widget.js, the demo page, per-site configs and the chat backend. Wires the parts. */
public final class WidgetServer {
    private static final Logger LOG = LoggerFactory.getLogger(WidgetServer.class);

    private final Server jetty;
    private final ServerConnector connector;
    private final ChatService chat;
    private final OnlineAgents agents;

    private WidgetServer(Server jetty, ServerConnector connector, ChatService chat, OnlineAgents agents) {
        this.jetty = jetty;
        this.connector = connector;
        this.chat = chat;
        this.agents = agents;
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

    /** Starts a server; port 0 picks a free port (see {@link #port()}). */
    public static WidgetServer start(ServerOptions options) throws Exception {
        if (!Files.isDirectory(options.configDir())) {
            LOG.warn("config directory {} does not exist: every /config/<site>.json will be 404",
                    options.configDir().toAbsolutePath());
        }
        Store store = SqliteDatabase.open(options.dataDir());
        ServerClock clock = ServerClock.system();
        Fanout fanout = new InProcessFanout();
        OnlineAgents presence = new OnlineAgents();
        ChatService chat = new ChatService(store, fanout, clock);
        SiteDirectory sites = new SiteDirectory(options.configDir());
        FileUploads uploads = new FileUploads(options.dataDir(), store);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(options.host());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        String fallbackOrigin = "http://" + hostForUrl(options.host()) + ":" + options.port();
        jetty.setHandler(new Handler.Sequence(
                new BundleHandler(WidgetBundle.load()),
                new ConfigHandler(new SiteConfigStore(options.configDir())),
                new DemoHandler(DemoPage.load(), fallbackOrigin),
                new VisitorApiHandler(new VisitorCalls(chat, store, sites, presence, clock), uploads, sites),
                new UploadedFilesHandler(uploads),
                new NotFound()));
        jetty.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                store.close();
            }
        });
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setStopAtShutdown(true);
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            store.close();
            throw e;
        }
        return new WidgetServer(jetty, connector, chat, presence);
    }

    /** The protocol logic every transport hands incoming messages to. */
    public ChatService chat() {
        return chat;
    }

    /** Who can answer visitors now; the agent side marks agents online and offline here. */
    public OnlineAgents agents() {
        return agents;
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
