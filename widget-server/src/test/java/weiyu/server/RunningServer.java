package weiyu.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real widget-server on a free loopback port, for tests. */
public final class RunningServer implements AutoCloseable {
    /** The repository's own config folder (the demo site). */
    public static final Path REPO_CONFIG = Path.of("..", "config");

    private WidgetServer server;
    private final ServerOptions options;
    private final org.eclipse.jetty.server.Handler[] extra;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningServer(ServerOptions options, org.eclipse.jetty.server.Handler... extra) throws Exception {
        this.server = WidgetServer.start(options, extra);
        // A restart must come back on the same port: pin the one port 0 picked.
        this.options = new ServerOptions(options.host(), server.port(), options.configDir(), options.dataDir());
        this.extra = extra;
    }

    /** A server with a fresh, empty data directory under target/ (kept for post-mortems, gone on clean). */
    public static RunningServer start(Path configDir) throws Exception {
        return start(configDir, freshDataDir());
    }

    private static Path freshDataDir() throws java.io.IOException {
        Path parent = Files.createDirectories(Path.of("target", "test-data"));
        return Files.createTempDirectory(parent, "server-");
    }

    public static RunningServer start(Path configDir, Path dataDir) throws Exception {
        return new RunningServer(new ServerOptions("127.0.0.1", 0, configDir, dataDir));
    }

    public WidgetServer server() {
        return server;
    }

    /** A server that also serves {@code html} at {@code path} (a test page). */
    public static RunningServer withPage(Path configDir, String path, String html) throws Exception {
        byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.eclipse.jetty.server.Handler page = new org.eclipse.jetty.server.Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                    org.eclipse.jetty.util.Callback callback) {
                if (!path.equals(org.eclipse.jetty.server.Request.getPathInContext(request))) {
                    return false;
                }
                weiyu.server.http.Replies.send(request, response, callback, 200, "text/html;charset=utf-8", body);
                return true;
            }
        };
        return new RunningServer(new ServerOptions("127.0.0.1", 0, configDir, freshDataDir()), page);
    }

    /** Stops the server: the port refuses connections until {@link #startAgain()}. */
    public void stopForNow() throws Exception {
        server.stop();
    }

    /** A new server on the same port, data directory and extra pages (after {@link #stopForNow()}). */
    public void startAgain() throws Exception {
        server = WidgetServer.start(options, extra);
    }

    /** {@link #stopForNow()} then {@link #startAgain()}: every connection is lost, nothing stored is. */
    public void restart() throws Exception {
        stopForNow();
        startAgain();
    }

    public String url(String path) {
        return server.origin() + path;
    }

    public String origin() {
        return server.origin();
    }

    public int port() {
        return server.port();
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
