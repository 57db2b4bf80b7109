package weiyu.server.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import weiyu.server.http.Replies;
import weiyu.server.http.ServerOrigin;

/**
 * {@code GET /agent}: the agent page (one HTML file, one script, one style sheet, all from
 * this server). A strict Content-Security-Policy backs up the page's own rule of never
 * turning chat data into markup: no inline script, no other origin but pictures.
 */
public final class AgentPageHandler extends Handler.Abstract {
    private static final String RESOURCES = "weiyu/server/agent/";

    private record Asset(String contentType, byte[] body) {
    }

    private final Map<String, Asset> assets = Map.of(
            "/agent", asset("agent.html", "text/html;charset=utf-8"),
            "/agent/", asset("agent.html", "text/html;charset=utf-8"),
            "/agent/agent.js", asset("agent.js", "text/javascript;charset=utf-8"),
            "/agent/agent.css", asset("agent.css", "text/css;charset=utf-8"));

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Asset asset = assets.get(Request.getPathInContext(request));
        if (asset == null) {
            return false;
        }
        if (!Replies.readOnly(request, response, callback)) {
            return true;
        }
        String self = ServerOrigin.of(request);
        // Both socket schemes: behind a TLS proxy the page may be https while Jetty sees http.
        String host = self.substring(self.indexOf("://") + 3);
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data: http: https:; connect-src 'self' ws://" + host + " wss://" + host + "; base-uri 'none';"
                + " form-action 'self'; frame-ancestors 'none'");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        Replies.send(request, response, callback, 200, asset.contentType, asset.body);
        return true;
    }

    private static Asset asset(String name, String contentType) {
        try (InputStream in = AgentPageHandler.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + name + " is not on the classpath");
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
