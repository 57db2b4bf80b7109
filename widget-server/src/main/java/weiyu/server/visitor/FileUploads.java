package weiyu.server.visitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.server.Request;
import weiyu.server.chat.Rejected;
import weiyu.server.chat.Uids;
import weiyu.server.http.BodyTooLarge;
import weiyu.server.http.Json;
import weiyu.server.http.ServerOrigin;
import weiyu.server.store.Store;

/**
 * {@code POST /upload/file} (multipart: {@code file, fileName, fileType, visitorUid, orgUid}).
 * Only known visitors may upload. The file is saved under {@code <data-dir>/uploads} with a
 * generated name (the client's name never touches the file system) and its absolute URL is
 * answered in {@code data.fileUrl}; {@link UploadedFilesHandler} serves it.
 */
public final class FileUploads {
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES + 64 * 1024;
    private static final int MAX_FIELD = 1024;

    private final Path dir;
    private final Path incoming;
    private final Store store;

    public FileUploads(Path dataDir, Store store) throws IOException {
        this.dir = Files.createDirectories(dataDir.resolve("uploads"));
        this.incoming = Files.createDirectories(dir.resolve(".incoming"));
        this.store = store;
    }

    Path directory() {
        return dir;
    }

    Json.Body upload(Request request) throws Rejected, BodyTooLarge, IOException {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String boundary = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                ? MultiPart.extractBoundary(contentType) : null;
        if (boundary == null || boundary.isEmpty()) {
            throw Rejected.invalid("send the file as multipart/form-data");
        }
        if (request.getLength() > MAX_REQUEST_BYTES) {
            throw new BodyTooLarge(MAX_REQUEST_BYTES);
        }
        try (MultiPartFormData.Parts parts = parse(request, boundary)) {
            MultiPart.Part file = parts.getFirst("file");
            if (file == null || file.getFileName() == null) {
                throw Rejected.invalid("'file' (a file part) is required");
            }
            String visitorUid = field(parts, "visitorUid");
            if (visitorUid == null || store.visitor(visitorUid).isEmpty()) {
                throw Rejected.invalid("'visitorUid' must name a visitor: call POST /init first");
            }
            String given = field(parts, "fileName");
            String clientName = given != null ? given : file.getFileName();
            String ext = SafeFileTypes.extensionOf(clientName);
            String name = Uids.next() + (ext.isEmpty() ? "" : "." + ext);
            file.writeTo(dir.resolve(name));
            String url = ServerOrigin.of(request) + UploadedFilesHandler.PREFIX + name;
            long size = Files.size(dir.resolve(name));
            String fileType = SafeFileTypes.forExtension(ext).contentType();
            return g -> {
                g.writeStartObject();
                g.writeStringField("fileUrl", url);
                g.writeStringField("fileName", clientName);
                g.writeStringField("fileType", fileType);
                g.writeNumberField("fileSize", size);
                g.writeEndObject();
            };
        }
    }

    private MultiPartFormData.Parts parse(Request request, String boundary) throws Rejected, BodyTooLarge, IOException {
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setFilesDirectory(incoming);
        parser.setMaxFileSize(MAX_FILE_BYTES);
        parser.setMaxLength(MAX_REQUEST_BYTES);
        parser.setMaxMemoryFileSize(64 * 1024);
        parser.setMaxParts(16);
        try {
            return parser.parse(request).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            String why = String.valueOf(e.getCause() == null ? null : e.getCause().getMessage());
            if (why.contains("exceeded")) {
                throw new BodyTooLarge(MAX_REQUEST_BYTES);
            }
            throw Rejected.invalid("malformed multipart body");
        } catch (TimeoutException e) {
            throw Rejected.invalid("the upload took too long");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading an upload", e);
        }
    }

    private static String field(MultiPartFormData.Parts parts, String name) throws Rejected {
        MultiPart.Part part = parts.getFirst(name);
        if (part == null) {
            return null;
        }
        String value = part.getContentAsString(StandardCharsets.UTF_8);
        if (value.length() > MAX_FIELD) {
            throw Rejected.invalid("'" + name + "' is longer than " + MAX_FIELD + " characters");
        }
        return value.isBlank() ? null : value.strip();
    }
}
