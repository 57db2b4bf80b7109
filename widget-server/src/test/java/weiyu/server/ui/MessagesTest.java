package weiyu.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.Test;

/** Messages of each type, sender and status as the conversation hands them to the view. */
class MessagesTest extends EnglishPageTest {
    static final DateTimeFormatter SERVER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static String at(LocalDateTime t) {
        return t.format(SERVER_TIME);
    }

    @Test
    void rowsCarryTheContractsAttributesAndDaySeparators() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            LocalDateTime now = ui.browserNow().withSecond(0).withNano(0);
            LocalDateTime yesterday = now.minusDays(1).withHour(9).withMinute(5);
            ui.add("w1", "WELCOME", "agent", "SUCCESS", at(yesterday), "Hello, how can we help?");
            ui.add("v1", "TEXT", "self", "READ", at(yesterday.plusMinutes(1)), "Where is my order?");
            ui.add("a1", "TEXT", "agent", "SUCCESS", at(now), "It ships today.");
            ui.add("a2", "TEXT", "agent", "SUCCESS", at(now), "Anything else?");
            ui.add("q1", "QUEUE", "system", "SUCCESS", at(now), "You are number 2 in the queue");

            HtmlElement w1 = ui.message("w1");
            assertEquals("WELCOME", w1.getAttribute("data-type"));
            assertEquals("agent", w1.getAttribute("data-from"));
            assertEquals("sent", w1.getAttribute("data-status"));
            assertEquals("09:05", UiPage.in(w1, "time").getTextContent());
            assertEquals("小林", UiPage.in(w1, ".wy-name").getTextContent());
            assertEquals("小", UiPage.in(w1, ".wy-av").getTextContent(), "no avatar: the name's initial");
            assertEquals("self", ui.message("v1").getAttribute("data-from"));
            assertEquals("read", ui.message("v1").getAttribute("data-status"));
            assertTrue(UiPage.in(ui.message("v1"), ".wy-st").getTextContent().contains("Read"));
            assertEquals("system", ui.message("q1").getAttribute("data-from"));
            assertEquals("You are number 2 in the queue", ui.message("q1").getTextContent());

            List<DomNode> days = ui.all(".wy-day");
            assertEquals(2, days.size(), "one separator per day");
            assertEquals("Yesterday", days.get(0).getTextContent());
            assertEquals("Today", days.get(1).getTextContent());
            assertTrue(ui.message("a2").getAttribute("class").contains("wy-cont"), "a second message in a row groups");
            assertFalse(ui.message("a1").getAttribute("class").contains("wy-cont"));
            assertEquals("You are number 2 in the queue", ui.part("announcer").getTextContent(), "new messages are announced");
        }
    }

    @Test
    void insertingAtAnIndexKeepsOrderAndSeparators() throws Exception {
        try (UiPage ui = openPage()) {
            LocalDateTime now = ui.browserNow().withSecond(0).withNano(0);
            ui.add("b", "TEXT", "agent", "SUCCESS", at(now), "second");
            ui.probe("add", UiPage.json("a", "TEXT", "agent", "SUCCESS", at(now.minusDays(3)), "first (history)", "小林", null), "0");
            List<DomNode> rows = ui.all("[part=message]");
            assertEquals("a", ((HtmlElement) rows.get(0)).getAttribute("data-uid"));
            assertEquals(2, ui.all(".wy-day").size());
        }
    }

    @Test
    void ownMessageStatusesUpdateAndFailedOnesRetry() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            String t = at(ui.browserNow());
            ui.add("m1", "TEXT", "self", "SENDING", t, "hi");
            assertEquals("sending", ui.message("m1").getAttribute("data-status"));
            assertEquals("Sending", UiPage.in(ui.message("m1"), ".wy-st").getTextContent());
            for (String[] step : new String[][] { { "SUCCESS", "sent" }, { "DELIVERED", "delivered" }, { "READ", "read" } }) {
                ui.probe("update", UiPage.json("m1", "TEXT", "self", step[0], t, "hi", null, null));
                assertEquals(step[1], ui.message("m1").getAttribute("data-status"));
            }
            assertEquals(1, ui.all("[part=message]").size(), "an update replaces, never adds");

            ui.probe("update", UiPage.json("m1", "TEXT", "self", "ERROR", t, "hi", null, null));
            assertEquals("failed", ui.message("m1").getAttribute("data-status"));
            UiPage.in(ui.message("m1"), ".wy-retry").click();
            assertTrue(ui.calls().contains("retry|m1"), ui.calls().toString());
        }
    }

    @Test
    void recentOwnMessagesCanBeRecalledAndRecallsShowALine() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            String t = at(ui.browserNow());
            ui.add("m1", "TEXT", "self", "SUCCESS", t, "oops");
            ui.add("old", "TEXT", "self", "SUCCESS", at(ui.browserNow().minusMinutes(10)), "too late");
            assertNull(UiPage.in(ui.message("old"), ".wy-recall"), "no recall after two minutes");
            UiPage.in(ui.message("m1"), ".wy-recall").click();
            assertTrue(ui.calls().contains("recall|m1"));
            ui.probe("update", UiPage.json("m1", "TEXT", "self", "RECALL", t, "oops", null, null));
            assertEquals("You recalled a message", ui.message("m1").getTextContent());
            assertEquals("recalled", ui.message("m1").getAttribute("data-status"));
        }
    }

    @Test
    void imagesOpenInAViewerThatEscapeCloses() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            ui.add("i1", "IMAGE", "agent", "SUCCESS", at(ui.browserNow()),
                    "{\"url\":\"https://cdn.example.com/tea.jpg\",\"filename\":\"tea.jpg\",\"size\":2048}");
            HtmlElement thumb = UiPage.in(ui.message("i1"), ".wy-thumb");
            assertEquals("https://cdn.example.com/tea.jpg", UiPage.in(thumb, "img").getAttribute("src"));
            thumb.click();
            HtmlElement viewer = ui.one(".wy-viewer");
            assertFalse(viewer.hasAttribute("hidden"));
            assertEquals("https://cdn.example.com/tea.jpg", UiPage.in(viewer, "img").getAttribute("src"));
            ((HtmlElement) ui.focused()).type(KeyboardEvent.DOM_VK_ESCAPE);
            assertTrue(viewer.hasAttribute("hidden"), "Escape closes the viewer first");
            assertFalse(ui.part("panel").hasAttribute("hidden"), "and not the panel");
            assertEquals(thumb, ui.focused(), "focus returns to the thumbnail");
            assertEquals("Image", ui.part("announcer").getTextContent().replace("小林: ", ""));
        }
    }

    @Test
    void filesAreCardsWithNameAndSize() throws Exception {
        try (UiPage ui = openPage()) {
            String t = at(ui.browserNow());
            ui.add("f1", "FILE", "agent", "SUCCESS", t,
                    "{\"url\":\"https://cdn.example.com/f/quote.pdf\",\"filename\":\"报价单.pdf\",\"size\":1536000}");
            ui.add("f2", "FILE", "agent", "SUCCESS", t, "https://cdn.example.com/f/manual.pdf?v=2");
            HtmlElement card = UiPage.in(ui.message("f1"), "a.wy-file");
            assertEquals("https://cdn.example.com/f/quote.pdf", card.getAttribute("href"));
            assertEquals("_blank", card.getAttribute("target"));
            assertTrue(card.getAttribute("rel").contains("noopener"));
            assertEquals("报价单.pdf", UiPage.in(card, ".wy-file-name").getTextContent());
            assertEquals("1.5 MB", UiPage.in(card, ".wy-file-size").getTextContent());
            assertEquals("manual.pdf", UiPage.in(ui.message("f2"), ".wy-file-name").getTextContent());
        }
    }

    @Test
    void onlyHttpHttpsAndMailtoBecomeLinks() throws Exception {
        try (UiPage ui = openPage()) {
            ui.add("l1", "TEXT", "agent", "SUCCESS", at(ui.browserNow()),
                    "Track https://kd.example/123, write mailto:help@example.com, not javascript:alert(1) or ftp://x");
            List<DomNode> links = UiPage.inAll(ui.message("l1"), "a");
            assertEquals(2, links.size());
            assertEquals("https://kd.example/123", ((HtmlElement) links.get(0)).getAttribute("href"));
            assertEquals("mailto:help@example.com", ((HtmlElement) links.get(1)).getAttribute("href"));
            assertTrue(ui.message("l1").getTextContent().contains("javascript:alert(1) or ftp://x"));
            assertEquals("auto", UiPage.in(ui.message("l1"), ".wy-bubble").getAttribute("dir"),
                    "bubbles take the direction of their text (RTL safe)");
        }
    }

    @Test
    void typingAndProcessingIndicators() throws Exception {
        try (UiPage ui = openPage()) {
            HtmlElement typing = ui.part("typing");
            assertNotNull(typing);
            assertTrue(typing.hasAttribute("hidden"));
            ui.probe("typing", "true");
            assertFalse(typing.hasAttribute("hidden"));
            ui.probe("typing", "false");
            assertTrue(typing.hasAttribute("hidden"));
            ui.probe("processing", "true");
            assertFalse(ui.part("processing").hasAttribute("hidden"));
        }
    }

    @Test
    void unknownTypesRenderAsAPlainLine() throws Exception {
        try (UiPage ui = openPage()) {
            ui.add("x1", "SOMETHING_NEW", "system", "SUCCESS", "not a date", "fine");
            assertEquals("fine", ui.message("x1").getTextContent());
            assertTrue(ui.browser.scriptErrors.isEmpty(), ui.browser.scriptErrors.toString());
        }
    }
}
