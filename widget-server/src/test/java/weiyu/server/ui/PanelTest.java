package weiyu.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.Test;

/** Launcher, badge, panel, header and keyboard access, with the actions the UI reports. */
class PanelTest extends EnglishPageTest {
    @Test
    void launcherOpensALabelledDialogAndFocusMovesInAndBack() throws Exception {
        try (UiPage ui = openPage()) {
            HtmlElement launcher = ui.part("launcher");
            HtmlElement panel = ui.part("panel");
            assertEquals("button", launcher.getTagName());
            assertEquals("Open chat", launcher.getAttribute("aria-label"));
            assertTrue(panel.hasAttribute("hidden"));
            assertEquals("dialog", panel.getAttribute("role"));
            HtmlElement title = ui.one("#" + panel.getAttribute("aria-labelledby"));
            assertNotNull(title, "the dialog's label exists");

            launcher.click();
            assertFalse(panel.hasAttribute("hidden"));
            assertEquals(ui.part("composer"), ui.focused(), "focus goes to the composer");
            ui.part("composer").type(KeyboardEvent.DOM_VK_ESCAPE);
            assertTrue(panel.hasAttribute("hidden"), "Escape closes");
            assertEquals(launcher, ui.focused(), "focus returns to the launcher");

            launcher.click();
            ui.part("close").click();
            assertTrue(panel.hasAttribute("hidden"), "the header's close button closes");
            assertEquals(launcher, ui.focused());
            assertEquals(List.of("panelOpened", "panelClosed", "panelOpened", "panelClosed"), ui.calls());
            assertTrue(ui.browser.scriptErrors.isEmpty(), ui.browser.scriptErrors.toString());
        }
    }

    @Test
    void everyControlIsAKeyboardReachableElementWithAName() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            for (var node : ui.all("button")) {
                HtmlElement b = (HtmlElement) node;
                String name = b.getAttribute("aria-label").isEmpty() ? b.getTextContent().trim() : b.getAttribute("aria-label");
                assertFalse(name.isEmpty(), "every button has a name: " + b.asXml());
                assertFalse("-1".equals(b.getAttribute("tabindex")), "no button is taken out of the tab order");
            }
            assertEquals("polite", ui.part("announcer").getAttribute("aria-live"));
            assertEquals("0", ui.part("messages").getAttribute("tabindex"), "the scrolling list can be scrolled by keyboard");
        }
    }

    @Test
    void unreadBadgeCountsAndIsInTheLaunchersName() throws Exception {
        try (UiPage ui = openPage()) {
            HtmlElement badge = ui.part("badge");
            assertTrue(badge.hasAttribute("hidden"));
            ui.probe("unread", "2");
            assertFalse(badge.hasAttribute("hidden"));
            assertEquals("2", badge.getTextContent());
            assertEquals("Open chat, 2 unread", ui.part("launcher").getAttribute("aria-label"));
            ui.probe("unread", "120");
            assertEquals("99+", badge.getTextContent());
            ui.probe("unread", "0");
            assertTrue(badge.hasAttribute("hidden"));
            assertEquals("Open chat", ui.part("launcher").getAttribute("aria-label"));
        }
    }

    @Test
    void headerShowsAgentPresenceAndConnection() throws Exception {
        try (UiPage ui = openPage()) {
            ui.probe("header", "Lin from support", "https://cdn.example.com/lin.png", "true");
            assertEquals("Lin from support", ui.one(".wy-title").getTextContent());
            assertEquals("https://cdn.example.com/lin.png", ui.one(".wy-header img").getAttribute("src"));
            assertEquals("on", ui.one(".wy-av-lg").getAttribute("data-presence"));
            assertTrue(ui.one(".wy-status").getTextContent().startsWith("Online"));
            ui.probe("header", "Support", null, "false");
            assertEquals("S", ui.one(".wy-av-lg").getTextContent(), "no avatar: the initial");
            assertEquals("Offline, leave us a message", ui.one(".wy-status").getTextContent());
            ui.probe("connection", "reconnecting");
            assertEquals("Connection lost, reconnecting…", ui.one(".wy-status").getTextContent());
            ui.probe("connection", "online");
            assertEquals("Offline, leave us a message", ui.one(".wy-status").getTextContent());
        }
    }

    @Test
    void soundToggleIsAPressedButton() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            HtmlElement sound = ui.one("[aria-label=Sound]");
            assertEquals("true", sound.getAttribute("aria-pressed"));
            sound.click();
            assertEquals("false", sound.getAttribute("aria-pressed"));
            sound.click();
            assertTrue(ui.calls().containsAll(List.of("setSoundEnabled|false", "setSoundEnabled|true")), ui.calls().toString());
        }
    }

    @Test
    void toastsAppearAndGo() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            ui.probe("toast", "rated");
            assertEquals("Thanks for your feedback", ui.part("toast").getTextContent());
            ui.probe("toast", "no-such-key");
            assertEquals(2, ui.all("[part=toast]").size());
            ui.browser.await("toasts to go", () -> ui.part("toast") == null);
        }
    }
}
