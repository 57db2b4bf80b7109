package weiyu.server.demo;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import weiyu.server.http.Replies;

/** {@code GET /}: the demo page, pointing its snippet at the origin the browser used. */
public final class DemoHandler extends Handler.Abstract {
    private final DemoPage page;
    private final String fallbackOrigin;

    public DemoHandler(DemoPage page, String fallbackOrigin) {
        this.page = page;
        this.fallbackOrigin = fallbackOrigin;
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
        String origin = RequestOrigin.of(request.getHttpURI().getScheme(),
                request.getHeaders().get(HttpHeader.HOST), fallbackOrigin);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        Replies.send(request, response, callback, 200, "text/html;charset=utf-8",
                page.render(origin).getBytes(StandardCharsets.UTF_8));
        return true;
    }
}
