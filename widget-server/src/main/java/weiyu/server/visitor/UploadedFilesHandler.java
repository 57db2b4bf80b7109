package weiyu.server.visitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import weiyu.server.http.Replies;

/**
 * {@code GET /uploads/<generated name>}: files visitors uploaded. Names are checked against
 * the generated shape before any path is built; the type comes from {@link SafeFileTypes};
 * a sandbox CSP keeps even a mislabelled file from running script on our origin.
 */
public final class UploadedFilesHandler extends Handler.Abstract {
    public static final String PREFIX = "/uploads/";
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}(\\.[a-z0-9]{1,8})?");

    private final Path dir;

    public UploadedFilesHandler(FileUploads uploads) {
        this.dir = uploads.directory();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PREFIX)) {
            return false;
        }
        if (!Replies.readOnly(request, response, callback)) {
            return true;
        }
        String name = path.substring(PREFIX.length());
        if (!NAME.matcher(name).matches()) {
            Replies.jsonError(request, response, callback, 404, "no such file");
            return true;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(name)); // at most FileUploads.MAX_FILE_BYTES
        } catch (NoSuchFileException e) {
            Replies.jsonError(request, response, callback, 404, "no such file");
            return true;
        }
        int dot = name.indexOf('.');
        SafeFileTypes.Served served = SafeFileTypes.forExtension(dot < 0 ? "" : name.substring(dot + 1));
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, (served.inline() ? "inline" : "attachment")
                + "; filename=\"" + name + "\"");
        response.getHeaders().put("Content-Security-Policy", "sandbox; default-src 'none'");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=31536000, immutable");
        Replies.send(request, response, callback, 200, served.contentType(), bytes);
        return true;
    }
}
