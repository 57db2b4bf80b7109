package weiyu.server.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises itself (bad URIs, oversized headers) answer in the same JSON
 * envelope as ours, with no HTML page and no server details.
 */
public final class JsonErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object reason = request.getAttribute(ERROR_MESSAGE);
        String message = reason instanceof String s && !s.isEmpty() ? s : "request failed";
        Replies.jsonError(request, response, callback, status, message);
        return true;
    }
}
