package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weiyu.server.RunningServer;

/** Attributes win, then window.weiyuSettings, then the site config (/config/<site>.json), then defaults. */
class SettingsMergeTest {
    static final String SITE_CONFIG = "{\"org\": \"df_org_uid\", \"sid\": \"df_wg_uid\", \"color\": \"#aa3300\","
            + " \"position\": \"left\", \"locale\": \"en\"}";
    static final String SETTINGS = "<script>window.weiyuSettings = {color: '#00aa00', position: 'left', locale: 'en',"
            + " zIndex: 77, theme: 'dark'};</script>";
    @TempDir
    static Path configDir;

    @BeforeAll
    static void writeSiteConfig() throws Exception {
        Files.createDirectories(configDir.resolve("sites"));
        Files.writeString(configDir.resolve("sites/shop.json"), SITE_CONFIG);
    }

    private static String css(EmbedPage p) {
        List<?> styles = p.page.querySelectorAll("#weiyu-widget > style");
        assertEquals(1, styles.size(), "one stylesheet: the widget was drawn once, with its final settings");
        return ((DomElement) styles.get(0)).getTextContent();
    }

    @Test
    void attributesWinOverWeiyuSettingsWhichFillTheRest() throws Exception {
        try (RunningServer server = RunningServer.withPage(configDir, "/p.html",
                EmbedPage.html(SETTINGS, "", "data-color=\"#aa0000\""));
                EmbedPage p = EmbedPage.open(server, "/p.html")) {
            String css = css(p);
            assertTrue(css.contains("--wy-accent:#aa0000"), "data-color over weiyuSettings.color");
            assertTrue(css.contains("left:24px;z-index:77;"), "position and zIndex from weiyuSettings: " + css);
            assertEquals("Open chat", p.part("launcher").getAttribute("aria-label"), "locale from weiyuSettings");
            assertTrue(((DomElement) p.page.querySelector("#weiyu-widget .wy-root")).getAttribute("class").contains("wy-dark"));
        }
    }

    @Test
    void theSiteConfigFillsWhatTheAttributesAndSettingsLeaveOpen() throws Exception {
        String settings = "<script>window.weiyuSettings = {locale: 'zh-CN'};</script>";
        try (RunningServer server = RunningServer.withPage(configDir, "/p.html",
                EmbedPage.html(settings, "", "data-site=\"shop\" data-position=\"right\""));
                EmbedPage p = EmbedPage.open(server, "/p.html")) {
            assertTrue(p.requests().contains("GET /config/shop.json"), p.requests().toString());
            String css = css(p);
            assertTrue(css.contains("--wy-accent:#aa3300"), "colour from the site config, from the first drawing");
            assertTrue(css.contains("#weiyu-widget .wy-launcher{position:fixed;bottom:24px;right:24px"),
                    "data-position over the site config");
            assertEquals("打开在线客服", p.part("launcher").getAttribute("aria-label"), "weiyuSettings over the site config");
        }
    }

    @Test
    void aTagWithOnlyASiteTakesOrgAndWorkgroupFromItsConfig() throws Exception {
        String html = "<!DOCTYPE html><html><body><script async src=\"/widget.js\" data-site=\"shop\"></script></body></html>";
        try (RunningServer server = RunningServer.withPage(configDir, "/p.html", html);
                EmbedPage p = EmbedPage.open(server, "/p.html")) {
            String init = p.await("POST /init", () -> p.apiCalls().stream()
                    .filter(r -> r.startsWith("POST /visitor/api/v1/init")).findFirst().orElse(null));
            assertTrue(init.contains("\"orgUid\":\"df_org_uid\"") && init.contains("\"sid\":\"df_wg_uid\""), init);
        }
    }

    @Test
    void anUnknownSiteFallsBackToTheDefaults() throws Exception {
        try (RunningServer server = RunningServer.withPage(configDir, "/p.html", EmbedPage.html("data-site=\"nosuch\""));
                EmbedPage p = EmbedPage.open(server, "/p.html")) {
            assertTrue(css(p).contains("--wy-accent:#1677ff"));
        }
    }

    @Test
    void anUnreachableConfigServerFallsBackToTheDefaults() throws Exception {
        // A port nobody listens on: the request fails at once. (A server that never answers cannot be
        // played here: HtmlUnit runs XHR on the page's script thread, so it would block the request's
        // timeout that ends it after SiteConfigLoader.WAIT_MS in a real browser: 1.6 s there, seen in Chromium.)
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (RunningServer server = RunningServer.withPage(configDir, "/p.html", EmbedPage.html(
                        "data-site=\"shop\" data-lazy data-api=\"http://127.0.0.1:" + closedPort + "\""));
                EmbedPage p = EmbedPage.open(server, "/p.html")) {
            assertTrue(css(p).contains("--wy-accent:#1677ff"), "without the site config: the defaults");
        }
    }
}
