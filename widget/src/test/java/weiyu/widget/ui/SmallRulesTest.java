package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import weiyu.widget.chat.ChatMessage;

/** The UI's small pure rules: statuses, kinds, sizes, throttling, title flashing, contrast, options, strings. */
class SmallRulesTest {
    @Test
    void statusesFoldIntoWhatTheVisitorSees() {
        assertEquals("sending", MessageStatus.name(MessageStatus.of("SENDING")));
        assertEquals("sent", MessageStatus.name(MessageStatus.of("SUCCESS")));
        assertEquals("delivered", MessageStatus.name(MessageStatus.of("DELIVERED")));
        assertEquals("read", MessageStatus.name(MessageStatus.of("READ")));
        for (String failed : new String[] { "ERROR", "TIMEOUT", "BLOCKED" }) {
            assertEquals(MessageStatus.FAILED, MessageStatus.of(failed));
        }
        assertEquals(MessageStatus.RECALLED, MessageStatus.of("RECALL"));
        assertEquals(MessageStatus.SENT, MessageStatus.of(null));
        assertEquals("已读", Strings.forLocale("zh-CN").status(MessageStatus.READ));
    }

    @Test
    void kindsDependOnTypeAndSender() {
        assertEquals(MessageKind.TEXT, MessageKind.of(msg("TEXT", ChatMessage.Sender.AGENT, "SUCCESS")));
        assertEquals(MessageKind.TEXT, MessageKind.of(msg("WELCOME", ChatMessage.Sender.AGENT, "SUCCESS")));
        assertEquals(MessageKind.IMAGE, MessageKind.of(msg("IMAGE", ChatMessage.Sender.SELF, "SENDING")));
        assertEquals(MessageKind.FILE, MessageKind.of(msg("VIDEO", ChatMessage.Sender.AGENT, "SUCCESS")));
        assertEquals(MessageKind.SYSTEM, MessageKind.of(msg("QUEUE", ChatMessage.Sender.SYSTEM, "SUCCESS")));
        assertEquals(MessageKind.SYSTEM, MessageKind.of(msg("SOMETHING_NEW", 0, null)));
        assertEquals(MessageKind.RECALLED, MessageKind.of(msg("TEXT", ChatMessage.Sender.SELF, "RECALL")));
    }

    @Test
    void fileSizes() {
        assertEquals("", FileSize.format(0));
        assertEquals("820 B", FileSize.format(820));
        assertEquals("1.5 KB", FileSize.format(1536));
        assertEquals("12 MB", FileSize.format(12 * 1024 * 1024 + 100));
        assertEquals("1.0 GB", FileSize.format(1024 * 1024 * 1024));
    }

    @Test
    void throttleLetsOneThroughPerInterval() {
        Throttle t = new Throttle(1000);
        assertTrue(t.allow(0));
        assertFalse(t.allow(999));
        assertTrue(t.allow(1000));
        assertFalse(t.allow(1500));
    }

    @Test
    void titleFlashAlternatesAndRestores() {
        TitleFlash f = new TitleFlash("New message");
        assertFalse(f.isActive());
        assertNull(f.stop());
        f.messageArrived("Shop");
        f.messageArrived("(1) New message");
        assertEquals("(2) New message", f.tick());
        assertEquals("Shop", f.tick());
        assertEquals("Shop", f.stop());
        assertFalse(f.isActive());
    }

    @Test
    void accentIsDarkenedUntilWhiteTextReadsWell() {
        assertTrue(Contrast.ratioWithWhite(Contrast.parse(Contrast.forWhiteText("#1677ff"))) >= 4.5);
        assertTrue(Contrast.ratioWithWhite(Contrast.parse(Contrast.forWhiteText("#ffeb3b"))) >= 4.5);
        assertEquals("#123456", Contrast.forWhiteText("#123456"), "a dark accent is kept");
        assertEquals("#000000", Contrast.forWhiteText("#000"));
    }

    @Test
    void uiOptionsAreValidated() {
        UiOptions o = UiOptions.from(Map.of("theme", "dark", "z-index", "99", "nonce", "r4nd0m+/=")::get);
        assertEquals("dark", o.theme);
        assertEquals(99, o.zIndex);
        assertEquals("r4nd0m+/=", o.nonce);
        UiOptions bad = UiOptions.from(Map.of("theme", "neon", "z-index", "9999999999", "nonce", "a\" onload=x")::get);
        assertNull(bad.theme);
        assertEquals(UiOptions.DEFAULT_Z_INDEX, bad.zIndex);
        assertNull(bad.nonce);
        assertEquals(UiOptions.DEFAULT_Z_INDEX, UiOptions.zIndex("-1"));
        assertEquals(2147483647, UiOptions.zIndex("2147483647"));
    }

    @Test
    void toastsAndKeys() {
        Strings en = Strings.forLocale("en");
        assertEquals("Thanks for your feedback", en.toast("rated"));
        assertEquals("Done", en.toast("<img src=x onerror=alert(1)>"));
        assertTrue(Keys.isSend("Enter", 13, false, false));
        assertFalse(Keys.isSend("Enter", 13, true, false), "Shift+Enter is a new line");
        assertFalse(Keys.isSend("Enter", 229, false, true), "Enter that ends an IME composition");
    }

    @Test
    void bothLocalesFillEveryKey() {
        assertEquals(Strings.MONTH, Strings.forLocale("zh-CN").size(), "zh: one entry per key, no month names");
        assertEquals(Strings.MONTH + 12, Strings.forLocale("en").size(), "en: one entry per key, then the months");
        assertEquals("Rate", Strings.forLocale("en").get(Strings.RATE));
        assertEquals("Sending", Strings.forLocale("en").status(MessageStatus.SENDING));
        assertEquals("操作完成", Strings.forLocale("zh-CN").toast("done?"));
    }

    private static ChatMessage msg(String type, int sender, String status) {
        ChatMessage m = new ChatMessage();
        m.type = type;
        m.sender = sender;
        m.status = status;
        return m;
    }
}
