package weiyu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigHandlerTest {
    @TempDir
    static Path dir;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Path sites = Files.createDirectories(dir.resolve("sites"));
        Files.writeString(sites.resolve("shop.json"), "{\"org\":\"o1\",\"sid\":\"wg1\",\"title\":\"<b>Shop</b>\","
                + "\"color\":\"#112233\",\"allowedOrigins\":[\"https://shop.example\"],\"future\":{\"x\":[1,2]}}");
        Files.writeString(sites.resolve("broken.json"), "{\"org\": \"o1\", ");
        Files.writeString(sites.resolve("badtype.json"), "{\"org\": 42}");
        Files.writeString(sites.resolve("badcolor.json"), "{\"color\": \"red;}\"}");
        Files.write(sites.resolve("latin1.json"), new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'});
        Files.writeString(dir.resolve("secret.json"), "{\"org\":\"not for you\"}");
        server = RunningServer.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void servesThePublicPartOfAKnownSite() throws Exception {
        HttpResponse<byte[]> r = server.get("/config/shop.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        assertEquals("{\"site\":\"shop\",\"org\":\"o1\",\"sid\":\"wg1\",\"type\":\"1\",\"title\":\"<b>Shop</b>\","
                + "\"welcome\":\"\",\"color\":\"#112233\",\"position\":\"right\"}", body(r));
        assertFalse(body(r).contains("allowedOrigins"), "server-side settings stay on the server");
    }

    @Test
    void aReturningVisitorsCopyIsUsedAtOnceAndRevalidatedBy304() throws Exception {
        HttpResponse<byte[]> first = server.get("/config/shop.json");
        assertEquals("public, max-age=60, stale-while-revalidate=86400", first.headers().firstValue("cache-control").orElseThrow());
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{24}\""), etag);

        HttpResponse<byte[]> same = server.get("/config/shop.json", "If-None-Match", etag);
        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length);
        assertEquals(etag, same.headers().firstValue("etag").orElseThrow());
        assertEquals(200, server.get("/config/shop.json", "If-None-Match", "\"older\"").statusCode());

        // The owner edits the file: the old copy no longer matches, and the new one is served.
        Path file = dir.resolve("sites").resolve("edited.json");
        Files.writeString(file, "{\"org\":\"o1\",\"color\":\"#112233\"}");
        String before = server.get("/config/edited.json").headers().firstValue("etag").orElseThrow();
        Files.writeString(file, "{\"org\":\"o1\",\"color\":\"#445566\"}");
        HttpResponse<byte[]> changed = server.get("/config/edited.json", "If-None-Match", before);
        assertEquals(200, changed.statusCode());
        assertTrue(body(changed).contains("#445566"), body(changed));
        assertFalse(before.equals(changed.headers().firstValue("etag").orElseThrow()));
    }

    @Test
    void unknownSiteIs404Json() throws Exception {
        HttpResponse<byte[]> r = server.get("/config/nosuch.json");
        assertEquals(404, r.statusCode());
        assertEquals("{\"message\":\"unknown site 'nosuch'\",\"code\":404,\"data\":null}", body(r));
    }

    @Test
    void pathsOutsideTheSitesFolderCannotBeReached() throws Exception {
        for (String path : new String[] {"/config/../secret.json", "/config/..%2Fsecret.json", "/config/%2e%2e/secret.json",
                "/config/sites/shop.json", "/config/shop", "/config/shop.json.bak", "/config/shop%00.json",
                "/config/" + "a".repeat(65) + ".json", "/config/sh%20op.json", "/config/.json"}) {
            HttpResponse<byte[]> r = server.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " gave " + r.statusCode());
            assertFalse(body(r).contains("not for you"), path);
            assertTrue(body(r).startsWith("{\"message\":"), path + " answers JSON: " + body(r));
        }
    }

    @Test
    void malformedFilesAre500WithoutDetails() throws Exception {
        for (String site : new String[] {"broken", "badtype", "badcolor", "latin1"}) {
            HttpResponse<byte[]> r = server.get("/config/" + site + ".json");
            assertEquals(500, r.statusCode(), site);
            assertEquals("{\"message\":\"the configuration of site '" + site + "' is broken\",\"code\":500,\"data\":null}",
                    body(r));
        }
    }
}
