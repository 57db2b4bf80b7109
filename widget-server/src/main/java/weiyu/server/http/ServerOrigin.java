package weiyu.server.http;

import org.eclipse.jetty.server.Request;

/**
 * {@code scheme://host[:port]} as the client addressed this server (Jetty has already parsed
 * and checked the Host header). Used for same-origin CORS and for absolute file URLs, which
 * a widget on another site needs.
 */
public final class ServerOrigin {
    private ServerOrigin() {
    }

    public static String of(Request request) {
        String scheme = request.getHttpURI().getScheme();
        String host = Request.getServerName(request);
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = Request.getServerPort(request);
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
