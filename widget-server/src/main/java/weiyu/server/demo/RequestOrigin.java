package weiyu.server.demo;

/**
 * The origin a browser used to reach us, from the Host header, but only when that header is
 * a plain {@code host[:port]}: anything else (quotes, angle brackets, paths) is attacker
 * input that must not be echoed into a page, so the server's own address is used instead.
 */
final class RequestOrigin {
    private RequestOrigin() {
    }

    static String of(String scheme, String host, String fallback) {
        if (host == null || host.isEmpty() || host.length() > 255 || !isPlainHost(host)) {
            return fallback;
        }
        return ("https".equals(scheme) ? "https://" : "http://") + host;
    }

    private static boolean isPlainHost(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
