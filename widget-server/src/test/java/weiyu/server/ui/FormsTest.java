package weiyu.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.Test;

/** The rating and leave-a-message forms: validation, the action they call, focus. */
class FormsTest extends EnglishPageTest {
    private static HtmlElement submit(HtmlElement form) {
        return UiPage.in(form, "button[type=submit]");
    }

    @Test
    void ratingNeedsStarsThenReportsScoreResolvedAndComment() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            ui.probe("rate");
            HtmlElement form = ui.part("rate-form");
            assertFalse(form.hasAttribute("hidden"));
            assertTrue(form.isAncestorOf(ui.focused()), "focus goes into the form");
            submit(form).click();
            assertEquals("Please choose a rating", UiPage.in(form, "[role=alert]").getTextContent());
            assertFalse(ui.calls().stream().anyMatch(c -> c.startsWith("rate")));

            HtmlElement fourth = (HtmlElement) UiPage.inAll(form, "input[name=wy-score]").get(3);
            assertEquals("4 stars", fourth.getAttribute("aria-label"));
            fourth.click();
            assertEquals(4, UiPage.inAll(form, ".wy-star.wy-on").size());
            ((HtmlElement) UiPage.in(form, "input[value=yes]")).click();
            ((HtmlTextArea) UiPage.in(form, "textarea")).setText(" Quick and kind ");
            submit(form).click();
            assertTrue(ui.calls().contains("rate|4|true|Quick and kind"), ui.calls().toString());
            assertTrue(form.hasAttribute("hidden"), "the form closes after submitting");
            assertEquals(ui.part("composer"), ui.focused());
        }
    }

    @Test
    void theHeaderStarOpensRatingAndEscapeClosesItBeforeThePanel() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            HtmlElement rate = ui.one("[aria-label=Rate]");
            rate.click();
            HtmlElement form = ui.part("rate-form");
            assertFalse(form.hasAttribute("hidden"));
            ((HtmlElement) ui.focused()).type(KeyboardEvent.DOM_VK_ESCAPE);
            assertTrue(form.hasAttribute("hidden"));
            assertFalse(ui.part("panel").hasAttribute("hidden"));
            assertEquals(rate, ui.focused());
        }
    }

    @Test
    void leaveMessageNeedsContentThenReportsAllFields() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            ui.probe("leave");
            HtmlElement form = ui.part("leave-form");
            assertFalse(form.hasAttribute("hidden"));
            submit(form).click();
            assertEquals("Please write a message", UiPage.in(form, "[role=alert]").getTextContent());
            var inputs = UiPage.inAll(form, "input");
            ((HtmlInput) inputs.get(0)).type("Ann");
            ((HtmlInput) inputs.get(1)).type("ann@example.com");
            ((HtmlTextArea) UiPage.in(form, "textarea")).type("Please call me back");
            submit(form).click();
            assertTrue(ui.calls().contains("leaveMessage|Ann|ann@example.com|Please call me back"), ui.calls().toString());
            assertTrue(form.hasAttribute("hidden"));
        }
    }

    @Test
    void aLeftMessageTooLongIsRefusedVisiblyAndKeptWhole() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            ui.probe("leave");
            HtmlElement form = ui.part("leave-form");
            HtmlTextArea content = (HtmlTextArea) UiPage.in(form, "textarea");
            assertFalse(content.hasAttribute("maxlength"), "a maxlength would cut a long paste silently");
            content.setText("订".repeat(2001));
            submit(form).click();
            assertEquals("Message too long: 2,000 characters at most", UiPage.in(form, "[role=alert]").getTextContent());
            assertFalse(form.hasAttribute("hidden"), "the form stays open");
            assertEquals(2001, content.getText().length(), "nothing of it is lost");
            assertFalse(ui.calls().stream().anyMatch(c -> c.startsWith("leaveMessage")));
            content.setText("订".repeat(2000));
            submit(form).click();
            assertTrue(ui.calls().contains("leaveMessage|||" + "订".repeat(2000)), "the limit itself is fine");
        }
    }

    @Test
    void cancelClosesWithoutAnAction() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            ui.probe("leave");
            HtmlElement form = ui.part("leave-form");
            ((HtmlElement) UiPage.in(form, ".wy-btn-ghost")).click();
            assertTrue(form.hasAttribute("hidden"));
            assertFalse(ui.calls().stream().anyMatch(c -> c.startsWith("leaveMessage")));
        }
    }
}
