package weiyu.server.visitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weiyu.server.chat.Rejected;
import weiyu.server.config.SiteDirectory;
import weiyu.server.http.BodyTooLarge;
import weiyu.server.http.UnreadBody;
import weiyu.server.http.Json;
import weiyu.server.http.Replies;

/**
 * The visitor HTTP API under {@code /visitor/api/v1}: CORS first, then one of the calls of
 * {@link VisitorCalls}. Every answer is the {@code {message, code, data}} envelope; bad
 * input is 400 (403 when it is not the caller's to do, 413 when too large) and changes nothing.
 */
public final class VisitorApiHandler extends Handler.Abstract {
    public static final String PREFIX = "/visitor/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(VisitorApiHandler.class);

    /** One call: its method and what it answers in {@code data}. */
    private record Route(HttpMethod method, Call call) {
    }

    private interface Call {
        Json.Body answer(Request request) throws Rejected, BodyTooLarge, IOException;
    }

    private final CorsPolicy cors;
    private final Map<String, Route> routes;

    public VisitorApiHandler(VisitorCalls calls, FileUploads uploads, SiteDirectory sites) {
        this.cors = new CorsPolicy(sites::allowedOrigins);
        this.routes = Map.of(
                "/init", new Route(HttpMethod.POST, calls::init),
                "/thread", new Route(HttpMethod.POST, calls::thread),
                "/message/send", new Route(HttpMethod.POST, calls::send),
                "/message/thread/topic", new Route(HttpMethod.GET, calls::history),
                "/ping", new Route(HttpMethod.GET, calls::ping),
                "/upload/file", new Route(HttpMethod.POST, uploads::upload));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PREFIX + "/")) {
            return false;
        }
        if (!cors.allows(request)) {
            Replies.jsonError(request, response, callback, 403, "origin not allowed: add it to a site's allowedOrigins");
            return true;
        }
        cors.decorate(request, response);
        String method = request.getMethod();
        if (HttpMethod.OPTIONS.is(method)) {
            preflight(request, response, callback);
            return true;
        }
        Route route = routes.get(path.substring(PREFIX.length()));
        if (route == null) {
            Replies.jsonError(request, response, callback, 404, "no such visitor API call");
            return true;
        }
        boolean headOfGet = route.method() == HttpMethod.GET && HttpMethod.HEAD.is(method);
        if (!route.method().is(method) && !headOfGet) {
            response.getHeaders().put(HttpHeader.ALLOW, route.method().asString() + ", OPTIONS");
            Replies.jsonError(request, response, callback, 405, "use " + route.method().asString());
            return true;
        }
        answer(route, request, response, callback);
        return true;
    }

    private static void answer(Route route, Request request, Response response, Callback callback) {
        try {
            Json.Body data = route.call().answer(request);
            Replies.envelope(request, response, callback, 200, "ok", data);
        } catch (Rejected e) {
            int status = e.kind() == Rejected.Kind.FORBIDDEN ? 403 : 400;
            Replies.jsonError(request, response, callback, status, e.getMessage());
        } catch (BodyTooLarge e) {
            UnreadBody.discard(request);
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Replies.jsonError(request, response, callback, 413, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("visitor API {} failed", Request.getPathInContext(request), e);
            Replies.jsonError(request, response, callback, 500, "internal error");
        }
    }

    private void preflight(Request request, Response response, Callback callback) {
        if (request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null
                && !cors.decoratePreflight(request, response)) {
            Replies.jsonError(request, response, callback, 403, "request headers not allowed");
            return;
        }
        response.getHeaders().put(HttpHeader.ALLOW, CorsPolicy.METHODS);
        response.setStatus(204);
        response.write(true, ByteBuffer.allocate(0), callback);
    }
}
