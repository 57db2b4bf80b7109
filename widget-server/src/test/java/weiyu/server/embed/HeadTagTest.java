package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/**
 * A tag in {@code <head>} without async runs before the body exists: the widget waits for
 * DOMContentLoaded, also when it first waits for its site config.
 */
class HeadTagTest {
    static final String PATH = "/head.html";
    static RunningServer plain;
    static RunningServer withSite;

    @BeforeAll
    static void start() throws Exception {
        plain = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, page(""));
        withSite = RunningServer.withPage(RunningServer.REPO_CONFIG, PATH, page(" data-site=\"demo\""));
    }

    static String page(String attributes) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>Shop</title>" + EmbedPage.STUB_AND_LISTENERS
                + "<script src=\"/widget.js\" data-org=\"" + EmbedPage.ORG + "\" data-sid=\"" + EmbedPage.SID + "\""
                + attributes + "></script></head><body><h1>Shop</h1><p>text</p></body></html>";
    }

    @AfterAll
    static void stop() throws Exception {
        plain.close();
        withSite.close();
    }

    @Test
    void aHeadTagMountsOnceTheBodyIsThere() throws Exception {
        assertMountsInBody(plain);
    }

    @Test
    void aHeadTagWithASiteConfigMountsOnceTheBodyIsThere() throws Exception {
        assertMountsInBody(withSite);
    }

    private static void assertMountsInBody(RunningServer server) throws Exception {
        try (EmbedPage p = EmbedPage.open(server, PATH)) {
            p.await("ready", () -> p.events().contains("ready") ? true : null);
            assertEquals(1, p.page.querySelectorAll("body > #weiyu-widget").size());
            assertTrue(p.part("launcher") != null);
            p.part("launcher").click();
            p.await("the panel", () -> p.panelOpen() ? true : null);
        }
    }
}
