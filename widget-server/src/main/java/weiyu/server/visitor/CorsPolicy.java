package weiyu.server.visitor;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import weiyu.server.http.ServerOrigin;

/**
 * Which browser origins may call the visitor API: those listed in any site config's
 * {@code allowedOrigins}, and the server's own. Allowed origins are echoed one by one (never
 * {@code *}), with credentials allowed; a request from any other origin is refused before
 * it does anything, since a browser would otherwise still deliver a cross-site POST.
 */
final class CorsPolicy {
    static final String METHODS = "GET, POST, OPTIONS";
    private static final Set<String> SAFE_REQUEST_HEADERS = Set.of("content-type", "accept", "accept-language",
            "authorization", "x-requested-with");
    private static final Pattern HEADER_LIST = Pattern.compile("[A-Za-z0-9-]+(\\s*,\\s*[A-Za-z0-9-]+)*");

    private final Supplier<Set<String>> configuredOrigins;

    CorsPolicy(Supplier<Set<String>> configuredOrigins) {
        this.configuredOrigins = configuredOrigins;
    }

    /** True when the request has no Origin (not from a browser page) or an allowed one. */
    boolean allows(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        return origin == null || configuredOrigins.get().contains(origin) || origin.equals(ServerOrigin.of(request));
    }

    /** Adds the headers that let the calling page read the answer. Call only when {@link #allows}. */
    void decorate(Request request, Response response) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        response.getHeaders().add(HttpHeader.VARY, "Origin");
        if (origin != null) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        }
    }

    /** The extra headers of a preflight answer: methods, the requested headers if all are safe, max age. */
    boolean decoratePreflight(Request request, Response response) {
        String asked = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
        if (asked != null && !asked.isBlank()) {
            if (!HEADER_LIST.matcher(asked.strip()).matches()) {
                return false;
            }
            for (String h : asked.split(",")) {
                if (!SAFE_REQUEST_HEADERS.contains(h.strip().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, asked.strip());
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
        return true;
    }
}
