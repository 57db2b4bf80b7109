package weiyu.server.assets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import weiyu.server.http.EntityTags;
import weiyu.server.http.Replies;

/**
 * Serves widget.js to other people's pages. {@code /widget.js} is what snippets name, so it
 * is cached briefly and revalidated by ETag; {@code /widget.<hash>.js} never changes and is
 * cached for a year. Both are gzip-precompressed and readable cross-origin (for SRI).
 */
public final class BundleHandler extends Handler.Abstract {
    static final String SHORT_CACHE = "public, max-age=300, stale-while-revalidate=86400";
    static final String IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

    private final WidgetBundle bundle;
    private final String etag;

    public BundleHandler(WidgetBundle bundle) {
        this.bundle = bundle;
        this.etag = "\"" + bundle.hash() + "\"";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        boolean versioned = path.equals(bundle.versionedPath());
        if (!versioned && !path.equals("/widget.js")) {
            return false;
        }
        if (!Replies.readOnly(request, response, callback)) {
            return true;
        }
        var headers = response.getHeaders();
        headers.put(HttpHeader.CACHE_CONTROL, versioned ? IMMUTABLE_CACHE : SHORT_CACHE);
        headers.put(HttpHeader.ETAG, etag);
        headers.put(HttpHeader.VARY, "Accept-Encoding");
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (EntityTags.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            callback.succeeded();
            return true;
        }
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
        if (gzip) {
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
        }
        Replies.send(request, response, callback, 200, "text/javascript;charset=utf-8",
                gzip ? bundle.gzip() : bundle.raw());
        return true;
    }
}
