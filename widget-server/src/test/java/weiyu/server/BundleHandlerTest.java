package weiyu.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.assets.WidgetBundle;

class BundleHandlerTest {
    static RunningServer server;
    static WidgetBundle bundle;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
        bundle = WidgetBundle.load();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void servesTheCompiledBundleWithShortCachingAndAnEtag() throws Exception {
        HttpResponse<byte[]> r = server.get("/widget.js");
        assertEquals(200, r.statusCode());
        assertEquals("text/javascript;charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
        assertTrue(r.headers().firstValue("cache-control").orElseThrow().contains("max-age=300"));
        assertEquals("\"" + bundle.hash() + "\"", r.headers().firstValue("etag").orElseThrow());
        assertEquals("*", r.headers().firstValue("access-control-allow-origin").orElseThrow());
        assertTrue(r.headers().firstValue("content-encoding").isEmpty());
        String js = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        // One function expression called at once: it starts while the tag executes and keeps its
        // names to itself (NoGlobalsTest checks the page's globals in a browser).
        assertTrue(js.startsWith("!function(){"), "self-starting wrapper");
        assertTrue(js.trim().endsWith("}();"), "called at once");
    }

    @Test
    void gzipVariantDecodesToTheSameBytes() throws Exception {
        HttpResponse<byte[]> r = server.get("/widget.js", "Accept-Encoding", "br, gzip;q=0.8");
        assertEquals("gzip", r.headers().firstValue("content-encoding").orElseThrow());
        assertEquals("Accept-Encoding", r.headers().firstValue("vary").orElseThrow());
        byte[] decoded = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        assertArrayEquals(bundle.raw(), decoded);
        assertTrue(r.body().length < bundle.raw().length / 2, "gzip is worth it");
        HttpResponse<byte[]> refused = server.get("/widget.js", "Accept-Encoding", "gzip;q=0");
        assertTrue(refused.headers().firstValue("content-encoding").isEmpty());
    }

    @Test
    void matchingEtagGives304WithNoBody() throws Exception {
        HttpResponse<byte[]> r = server.get("/widget.js", "If-None-Match", "\"" + bundle.hash() + "\"");
        assertEquals(304, r.statusCode());
        assertEquals(0, r.body().length);
        assertEquals(200, server.get("/widget.js", "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    void versionedUrlIsImmutable() throws Exception {
        HttpResponse<byte[]> r = server.get(bundle.versionedPath());
        assertEquals(200, r.statusCode());
        assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("cache-control").orElseThrow());
        assertArrayEquals(bundle.raw(), r.body());
        assertEquals(404, server.get("/widget.0000000000000000.js").statusCode());
    }

    @Test
    void headHasNoBodyAndPostIsRefused() throws Exception {
        HttpResponse<byte[]> head = server.send(HttpRequest.newBuilder(URI.create(server.url("/widget.js")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        HttpResponse<byte[]> post = server.send(HttpRequest.newBuilder(URI.create(server.url("/widget.js")))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("allow").orElseThrow());
    }
}
