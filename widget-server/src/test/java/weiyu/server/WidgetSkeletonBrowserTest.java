package weiyu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real compiled widget.js on the demo page, in HtmlUnit (the contract's no-shadow-DOM fallback). */
class WidgetSkeletonBrowserTest {
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HtmlElement part(HtmlPage page, String name) {
        return page.querySelector("#weiyu-widget [part=\"" + name + "\"]");
    }

    @Test
    void launcherOpensThePanelAndEscapeClosesIt() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(server.url("/"));
            HtmlElement launcher = browser.await("the launcher", () -> part(page, "launcher"));
            HtmlElement panel = part(page, "panel");
            assertNotNull(panel, "the panel is built with the launcher");
            assertTrue(panel.hasAttribute("hidden"), "the panel starts closed");
            assertEquals("false", launcher.getAttribute("aria-expanded"));
            assertEquals("dialog", panel.getAttribute("role"));
            assertEquals("打开在线客服", launcher.getAttribute("aria-label"), "data-locale=zh-CN");

            launcher.click();
            assertFalse(panel.hasAttribute("hidden"), "a click on the launcher opens the panel");
            assertEquals("true", launcher.getAttribute("aria-expanded"));
            DomElement focused = page.getFocusedElement();
            assertNotNull(focused);
            assertTrue(panel.isAncestorOf(focused), "focus moves into the panel");

            // The demo has no agent online: once the thread is open the leave-message form shows, and
            // Escape closes that first (innermost first). Whether it is open yet depends on timing.
            HtmlElement leaveForm = part(page, "leave-form");
            if (!leaveForm.hasAttribute("hidden")) {
                ((HtmlElement) page.getFocusedElement()).type(org.htmlunit.javascript.host.event.KeyboardEvent.DOM_VK_ESCAPE);
                assertFalse(panel.hasAttribute("hidden"), "the first Escape closes only the form");
            }
            ((HtmlElement) page.getFocusedElement()).type(org.htmlunit.javascript.host.event.KeyboardEvent.DOM_VK_ESCAPE);
            assertTrue(panel.hasAttribute("hidden"), "Escape closes the panel ");
            assertEquals("false", launcher.getAttribute("aria-expanded"));
            assertEquals(launcher, page.getFocusedElement(), "focus returns to the launcher");

            launcher.click();
            assertFalse(panel.hasAttribute("hidden"));
            launcher.click();
            assertTrue(panel.hasAttribute("hidden"), "the launcher toggles");
            assertTrue(browser.scriptErrors.isEmpty(), browser.scriptErrors.toString());
        }
    }

    @Test
    void styleIsScopedToTheHostAndTakesTheTagsColourAndSide() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(server.url("/"));
            browser.await("the launcher", () -> part(page, "launcher"));
            DomElement style = page.querySelector("#weiyu-widget > style");
            assertNotNull(style, "fallback: styles live inside the host element");
            String css = style.getTextContent();
            assertTrue(css.contains("--wy-accent:#1677ff"), css);
            assertTrue(css.contains("#weiyu-widget .wy-launcher{position:fixed;bottom:24px;right:24px"), css);
            assertEquals(1, page.querySelectorAll("#weiyu-widget").size());
        }
    }

    @Test
    void aSecondCopyOfTheTagCreatesNoSecondWidget() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(server.url("/"));
            browser.await("the launcher", () -> part(page, "launcher"));
            page.executeJavaScript("var s = document.createElement('script'); s.src = '/widget.js';"
                    + "s.setAttribute('data-position', 'left'); document.body.appendChild(s);");
            browser.client.waitForBackgroundJavaScript(500);
            assertEquals(1, page.querySelectorAll("#weiyu-widget").size());
            assertEquals(1, page.querySelectorAll("[part=launcher]").size());
        }
    }
}
