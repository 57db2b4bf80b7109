package weiyu.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.Keyboard;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enter sends, Shift+Enter does not, the send button, emoji insertion, image and file pickers. */
class ComposerTest extends EnglishPageTest {
    @Test
    void enterSendsAndShiftEnterDoesNot() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            HtmlTextArea composer = (HtmlTextArea) ui.part("composer");
            composer.type("first line");
            Keyboard shiftEnter = new Keyboard();
            shiftEnter.press(KeyboardEvent.DOM_VK_SHIFT);
            shiftEnter.press(KeyboardEvent.DOM_VK_RETURN);
            shiftEnter.release(KeyboardEvent.DOM_VK_RETURN);
            shiftEnter.release(KeyboardEvent.DOM_VK_SHIFT);
            composer.type(shiftEnter);
            assertFalse(ui.calls().stream().anyMatch(c -> c.startsWith("sendText")), "Shift+Enter does not send");
            composer.type(KeyboardEvent.DOM_VK_RETURN);
            assertTrue(ui.calls().stream().anyMatch(c -> c.startsWith("sendText|first line")), ui.calls().toString());
            assertEquals("", composer.getText(), "the composer empties after sending");
            assertTrue(ui.calls().contains("typing"), "typing is reported");
        }
    }

    @Test
    void sendButtonSendsTrimmedTextAndIgnoresBlank() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            HtmlTextArea composer = (HtmlTextArea) ui.part("composer");
            ui.part("send").click();
            composer.setText("   ");
            ui.part("send").click();
            composer.setText("  你好，请问几点发货？ ");
            ui.part("send").click();
            List<String> sends = ui.calls().stream().filter(c -> c.startsWith("sendText")).toList();
            assertEquals(List.of("sendText|你好，请问几点发货？"), sends);
            assertEquals(composer, ui.focused(), "focus stays in the composer");
        }
    }

    @Test
    void aLongPasteIsKeptWholeAndTooLongATextIsRefusedVisibly() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            HtmlTextArea composer = (HtmlTextArea) ui.part("composer");
            assertFalse(composer.hasAttribute("maxlength"), "a maxlength would cut a long paste silently");
            String longest = "长".repeat(10_000);
            composer.setText(longest + "多");
            ui.part("send").click();
            assertFalse(ui.calls().stream().anyMatch(c -> c.startsWith("sendText")), "not sent");
            assertEquals(longest + "多", composer.getText(), "nothing of it is lost");
            assertEquals("Message too long: 10,000 characters at most", ui.part("toast").getTextContent());

            composer.setText(longest);
            ui.part("send").click();
            assertTrue(ui.calls().contains("sendText|" + longest), "the limit itself is fine");
            assertEquals("", composer.getText());
        }
    }

    @Test
    void emojiAreInsertedAtTheCaret() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            HtmlTextArea composer = (HtmlTextArea) ui.part("composer");
            composer.setText("thanks");
            HtmlElement toggle = ui.one("button[aria-label=Emoji]");
            toggle.click();
            HtmlElement grid = ui.one(".wy-emoji");
            assertFalse(grid.hasAttribute("hidden"));
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(grid.isAncestorOf(ui.focused()), "focus moves into the emoji row");
            ((HtmlElement) ui.all(".wy-emoji-btn").get(10)).click();
            assertEquals("thanks👍", composer.getText());
            toggle.click();
            assertTrue(grid.hasAttribute("hidden"));
            toggle.click();
            ((HtmlElement) ui.focused()).type(KeyboardEvent.DOM_VK_ESCAPE);
            assertTrue(grid.hasAttribute("hidden"), "Escape closes the emoji row first");
            assertFalse(ui.part("panel").hasAttribute("hidden"));
            assertEquals(toggle, ui.focused());
        }
    }

    @Test
    void chosenImagesAndFilesGoToSendFile(@TempDir Path dir) throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            Path png = Files.write(dir.resolve("tea.png"), new byte[1234]);
            Path pdf = Files.write(dir.resolve("quote.pdf"), new byte[99]);
            HtmlFileInput image = (HtmlFileInput) ui.one("input[data-kind=image]");
            assertEquals("image/*", image.getAttribute("accept"));
            image.setFiles(png.toFile()); // fires change, as a real pick does
            HtmlFileInput file = (HtmlFileInput) ui.one("input[data-kind=file]");
            file.setFiles(pdf.toFile());
            List<String> files = ui.calls().stream().filter(c -> c.startsWith("sendFile")).toList();
            assertEquals(2, files.size(), ui.calls().toString());
            assertTrue(files.get(0).startsWith("sendFile|tea.png|image/png|1234|true"), files.get(0));
            assertTrue(files.get(1).startsWith("sendFile|quote.pdf|"), files.get(1));
            assertTrue(files.get(1).endsWith("|99|false"), files.get(1));
        }
    }
}
