package weiyu.server.agent;

import java.io.IOException;
import java.util.Map;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weiyu.server.chat.Rejected;
import weiyu.server.http.ApiError;
import weiyu.server.http.BodyTooLarge;
import weiyu.server.http.UnreadBody;
import weiyu.server.http.Json;
import weiyu.server.http.Replies;
import weiyu.server.http.RequestFields;
import weiyu.server.http.ServerOrigin;
import weiyu.server.store.Store;

/**
 * The agent HTTP API under {@code /agent/api}, for the agent page only: same origin, no CORS.
 * Every call but login needs {@code Authorization: Bearer <token>}. Answers use the
 * {@code {message, code, data}} envelope; 400 bad input, 401 not signed in, 403 not this
 * agent's organisation, 404 unknown thread, 429 too many wrong passwords.
 */
public final class AgentApiHandler extends Handler.Abstract {
    public static final String PREFIX = "/agent/api";
    private static final Logger LOG = LoggerFactory.getLogger(AgentApiHandler.class);

    /** A signed-in caller; null for the one call that signs in. */
    private record Caller(Agent agent, String token) {
    }

    /** One call: the request, its POST body's fields (empty for GET), and the signed-in caller. */
    private interface Call {
        Json.Body answer(Request request, Map<String, String> body, Caller caller) throws Rejected, ApiError;
    }

    private record Route(HttpMethod method, boolean signedIn, Call call) {
    }

    private final AgentSessions sessions;
    private final Map<String, Route> routes;

    public AgentApiHandler(AgentSessions sessions, Store store, LongSupplier clock) {
        this.sessions = sessions;
        AgentCalls calls = new AgentCalls(sessions, new SignInThrottle(clock), store);
        this.routes = Map.of(
                "/login", new Route(HttpMethod.POST, false, (request, body, caller) -> calls.login(body)),
                "/logout", new Route(HttpMethod.POST, true, (request, body, caller) -> calls.logout(caller.token)),
                "/threads", new Route(HttpMethod.GET, true, (request, body, caller) -> calls.threads(caller.agent)),
                "/history", new Route(HttpMethod.GET, true, (request, body, caller) -> calls.history(request, caller.agent)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PREFIX + "/")) {
            return false;
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store"); // answers carry tokens and chats
        try {
            // Read a POST body before anything can refuse the call: Jetty drops a connection whose
            // request body was left unread, and a client reusing it would see its next call fail.
            Map<String, String> body = HttpMethod.POST.is(request.getMethod()) ? RequestFields.body(request) : Map.of();
            String origin = request.getHeaders().get(HttpHeader.ORIGIN);
            if (origin != null && !origin.equals(ServerOrigin.of(request))) {
                throw new ApiError(403, "the agent API answers the agent page only (same origin)");
            }
            Route route = routes.get(path.substring(PREFIX.length()));
            if (route == null) {
                throw new ApiError(404, "no such agent API call");
            }
            if (!route.method().is(request.getMethod())) {
                response.getHeaders().put(HttpHeader.ALLOW, route.method().asString());
                throw new ApiError(405, "use " + route.method().asString());
            }
            Caller caller = route.signedIn() ? caller(request) : null;
            Json.Body data = route.call().answer(request, body, caller);
            Replies.envelope(request, response, callback, 200, "ok", data);
        } catch (Rejected e) {
            Replies.jsonError(request, response, callback, e.kind() == Rejected.Kind.FORBIDDEN ? 403 : 400, e.getMessage());
        } catch (ApiError e) {
            if (e.status() == 401) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            }
            Replies.jsonError(request, response, callback, e.status(), e.getMessage());
        } catch (BodyTooLarge e) {
            UnreadBody.discard(request);
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Replies.jsonError(request, response, callback, 413, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("agent API {} failed", path, e);
            Replies.jsonError(request, response, callback, 500, "internal error");
        }
        return true;
    }

    private Caller caller(Request request) throws ApiError {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        if (token == null || token.isEmpty()) {
            throw new ApiError(401, "sign in first: send Authorization: Bearer <token from /agent/api/login>");
        }
        Agent agent = sessions.agentFor(token)
                .orElseThrow(() -> new ApiError(401, "the sign-in has expired or was signed out: sign in again"));
        return new Caller(agent, token);
    }
}
