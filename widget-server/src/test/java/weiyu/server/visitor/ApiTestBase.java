package weiyu.server.visitor;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import weiyu.server.RunningServer;

/**
 * One running server per test class, with one site, "shop" (org o1, workgroup wg1), allowed
 * from https://shop.example, and a client for its visitor API.
 */
abstract class ApiTestBase {
    static final String ORG = "o1";
    static final String SID = "wg1";
    static final String SHOP_ORIGIN = "https://shop.example";
    static final String WELCOME = "Welcome to the shop!";

    @TempDir
    static Path dir;
    static RunningServer server;
    static ApiClient api;

    @BeforeAll
    static void startServer() throws Exception {
        Path sites = Files.createDirectories(dir.resolve("config").resolve("sites"));
        Files.writeString(sites.resolve("shop.json"), "{\"org\":\"" + ORG + "\",\"sid\":\"" + SID + "\",\"locale\":\"en\","
                + "\"title\":\"Shop\",\"welcome\":\"" + WELCOME + "\",\"allowedOrigins\":[\"" + SHOP_ORIGIN + "\"]}");
        server = RunningServer.start(dir.resolve("config"), dir.resolve("data"));
        api = new ApiClient(server);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }
}
