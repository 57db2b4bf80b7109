package weiyu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import weiyu.server.demo.DemoPage;

class DemoPageTest {
    @Test
    void demoPageEmbedsTheSnippetVerbatim() throws Exception {
        String snippet = Files.readString(Path.of("..", "embed", "snippet.html"), StandardCharsets.UTF_8);
        assertTrue(snippet.contains(DemoPage.HOST_PLACEHOLDER), "the snippet names WIDGET-HOST for owners to replace");
        try (RunningServer server = RunningServer.start(RunningServer.REPO_CONFIG)) {
            HttpResponse<byte[]> r = server.get("/");
            assertEquals(200, r.statusCode());
            String page = new String(r.body(), StandardCharsets.UTF_8);
            String expected = snippet.replace(DemoPage.HOST_PLACEHOLDER, server.origin());
            assertTrue(page.contains(expected), "demo page holds embed/snippet.html with only the host filled in");
        }
    }

    @Test
    void hostileHostHeaderIsNotEchoed() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.REPO_CONFIG)) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/")));
            // The JDK client refuses to set Host; a raw socket sends the hostile one.
            try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: evil.example\"><script>alert(1)</script>\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(!answer.contains("<script>alert(1)</script>"), answer);
            }
            assertEquals(200, server.send(request).statusCode());
        }
    }
}
