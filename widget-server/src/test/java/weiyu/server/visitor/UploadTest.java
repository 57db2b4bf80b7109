package weiyu.server.visitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import weiyu.server.visitor.ApiClient.Reply;

class UploadTest extends ApiTestBase {
    private static final String BOUNDARY = "----test-boundary-7MA4YWxk";


    private static Reply upload(String visitorUid, String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"visitorUid\"\r\n\r\n" + visitorUid + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"orgUid\"\r\n\r\n" + ORG + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/upload/file").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static HttpResponse<byte[]> fetch(String url) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(url)));
    }

    @Test
    void anImageIsStoredUnderAGeneratedNameAndServedInline() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};
        Reply r = upload(api.newVisitor(ORG), "photo.PNG", png);
        assertEquals(200, r.status(), String.valueOf(r.json()));
        String url = r.text("data.fileUrl");
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/uploads/[0-9a-f]{32}\\.png"), url);
        assertEquals("photo.PNG", r.text("data.fileName"));
        HttpResponse<byte[]> served = fetch(url);
        assertEquals(200, served.statusCode());
        assertArrayEquals(png, served.body());
        assertEquals("image/png", served.headers().firstValue("content-type").orElseThrow());
        assertTrue(served.headers().firstValue("content-disposition").orElseThrow().startsWith("inline"));
        assertEquals("nosniff", served.headers().firstValue("x-content-type-options").orElseThrow());
    }

    @Test
    void hostileNamesNeverReachTheFileSystemAndScriptsDownload() throws Exception {
        String uid = api.newVisitor(ORG);
        Reply r = upload(uid, "../../evil.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status());
        String url = r.text("data.fileUrl");
        assertTrue(url.matches(".*/uploads/[0-9a-f]{32}\\.html"), url);
        HttpResponse<byte[]> served = fetch(url);
        assertEquals("application/octet-stream", served.headers().firstValue("content-type").orElseThrow());
        assertTrue(served.headers().firstValue("content-disposition").orElseThrow().startsWith("attachment"));
        assertTrue(served.headers().firstValue("content-security-policy").orElseThrow().contains("sandbox"));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("evil")));
        }
        assertEquals(200, upload(uid, "image.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void uploadsNeedAKnownVisitorAFileAndMultipart() throws Exception {
        assertEquals(400, upload("nobody", "a.png", new byte[] {1}).status());
        assertEquals(400, api.postJson("/upload/file", "{\"file\":\"x\"}").status());
        int traversal = fetch(server.url("/uploads/..%2Fchat.db")).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "gave " + traversal);
        assertEquals(404, fetch(server.url("/uploads/0123456789abcdef0123456789abcdef.png")).statusCode());
        assertEquals(404, fetch(server.url("/uploads/.incoming")).statusCode());
    }

    @Test
    void oversizedFilesAre413() throws Exception {
        String uid = api.newVisitor(ORG);
        assertEquals(413, upload(uid, "big.bin", new byte[(int) FileUploads.MAX_FILE_BYTES + 70_000]).status(),
                "refused by its Content-Length");
        assertEquals(413, upload(uid, "big.bin", new byte[(int) FileUploads.MAX_FILE_BYTES + 1]).status(),
                "refused while parsing");
    }
}
