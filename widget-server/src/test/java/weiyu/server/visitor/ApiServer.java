package weiyu.server.visitor;

import java.nio.file.Files;
import java.nio.file.Path;
import weiyu.server.RunningServer;

/** A running server with one site, "shop" (org o1, workgroup wg1), allowed from https://shop.example. */
final class ApiServer {
    static final String ORG = "o1";
    static final String SID = "wg1";
    static final String SHOP_ORIGIN = "https://shop.example";
    static final String WELCOME = "Welcome to the shop!";

    private ApiServer() {
    }

    static RunningServer start(Path dir) throws Exception {
        Path sites = Files.createDirectories(dir.resolve("config").resolve("sites"));
        Files.writeString(sites.resolve("shop.json"), "{\"org\":\"" + ORG + "\",\"sid\":\"" + SID + "\",\"locale\":\"en\","
                + "\"title\":\"Shop\",\"welcome\":\"" + WELCOME + "\",\"allowedOrigins\":[\"" + SHOP_ORIGIN + "\"]}");
        return RunningServer.start(dir.resolve("config"), dir.resolve("data"));
    }
}
