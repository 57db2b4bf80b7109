package weiyu.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/** Locale, theme, side, z-index and nonce options from the tag, and the hidden tab's flashing title. */
class PageIntegrationTest {
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.withPage(RunningServer.REPO_CONFIG, UiPage.PATH, UiPage.html(
                "data-locale=\"zh-CN\" data-theme=\"dark\" data-position=\"left\" data-z-index=\"500\" data-nonce=\"abc123\""));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void tagOptionsReachTheView() throws Exception {
        try (UiPage ui = UiPage.open(server)) {
            assertEquals("打开在线客服", ui.part("launcher").getAttribute("aria-label"));
            assertEquals("输入消息，Enter 发送", ui.part("composer").getAttribute("placeholder"));
            assertTrue(ui.one(".wy-root").getAttribute("class").contains("wy-dark"), "data-theme=dark forces dark");
            org.htmlunit.html.DomElement style = ui.page.querySelector("#weiyu-widget > style");
            assertEquals("abc123", style.getAttribute("nonce"), "the CSP nonce is put on the style element");
            String css = style.getTextContent();
            assertTrue(css.contains("#weiyu-widget .wy-launcher{position:fixed;bottom:24px;left:24px;z-index:500;"), css);
            assertTrue(css.contains("@media (prefers-color-scheme:dark){#weiyu-widget .wy-root:not(.wy-light){"),
                    "the system theme is followed unless overridden");
            assertTrue(css.contains("@media (max-width:640px){#weiyu-widget .wy-panel{"), "full screen on phones");
        }
    }

    @Test
    void aHiddenTabFlashesTheUnreadCountInItsTitle() throws Exception {
        try (UiPage ui = UiPage.open(server)) {
            // HtmlUnit has no visibilityState: play a hidden tab.
            ui.probeJs("Object.defineProperty(document, 'hidden', {configurable: true, get: function () { return window.__hidden === true; }});"
                    + "window.__hidden = true; document.dispatchEvent(new Event('visibilitychange')); 'ok'");
            ui.add("a1", "TEXT", "agent", "SUCCESS", "2026-11-25 10:00:00", "您好");
            ui.add("a2", "TEXT", "agent", "SUCCESS", "2026-11-25 10:00:01", "在吗？");
            ui.browser.await("the title to flash", () -> ui.page.getTitleText().equals("(2) 新消息"));
            ui.browser.await("the title to alternate", () -> ui.page.getTitleText().equals("Tea shop"));
            ui.probeJs("window.__hidden = false; document.dispatchEvent(new Event('visibilitychange')); 'ok'");
            assertEquals("Tea shop", ui.page.getTitleText());
            ui.settle(1200);
            assertEquals("Tea shop", ui.page.getTitleText(), "flashing stops once the tab is seen");
        }
    }

    @Test
    void ownMessagesDoNotFlashTheTitle() throws Exception {
        try (UiPage ui = UiPage.open(server)) {
            ui.probeJs("Object.defineProperty(document, 'hidden', {configurable: true, value: true}); 'ok'");
            ui.add("v1", "TEXT", "self", "SUCCESS", "2026-11-25 10:00:00", "hello");
            ui.settle(1200);
            assertEquals("Tea shop", ui.page.getTitleText());
        }
    }
}
