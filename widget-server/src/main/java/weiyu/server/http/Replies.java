package weiyu.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writing whole responses from Jetty core handlers. */
public final class Replies {
    private Replies() {
    }

    /** Sends {@code body} (omitted for HEAD) with the given status and content type. */
    public static void send(Request request, Response response, Callback callback, int status,
            String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    /** The bytedesk envelope {@code {message, code, data:null}} for an error. */
    public static void jsonError(Request request, Response response, Callback callback, int status, String message) {
        envelope(request, response, callback, status, message, null);
    }

    /** The bytedesk envelope {@code {message, code: status, data}}; {@code data} null writes JSON null. */
    public static void envelope(Request request, Response response, Callback callback, int status, String message,
            Json.Body data) {
        byte[] body = Json.envelope(message, status, data).getBytes(StandardCharsets.UTF_8);
        send(request, response, callback, status, "application/json;charset=utf-8", body);
    }

    /** True for GET and HEAD; otherwise answers 405 and returns false. */
    public static boolean readOnly(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) {
            return true;
        }
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        jsonError(request, response, callback, 405, "method " + method + " not allowed");
        return false;
    }
}
