package weiyu.server.demo;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import weiyu.server.http.Replies;
import weiyu.server.http.ServerOrigin;

/** {@code GET /}: the demo page, pointing its snippet at the origin the browser used. */
public final class DemoHandler extends Handler.Abstract {
    private final DemoPage page;

    public DemoHandler(DemoPage page) {
        this.page = page;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.equals("/") && !path.equals("/index.html")) {
            return false;
        }
        if (!Replies.readOnly(request, response, callback)) {
            return true;
        }
        // Jetty has already refused a Host header that is not a plain host[:port] (400), so the
        // origin the browser used can go into the page.
        String origin = ServerOrigin.of(request);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        Replies.send(request, response, callback, 200, "text/html;charset=utf-8",
                page.render(origin).getBytes(StandardCharsets.UTF_8));
        return true;
    }
}
