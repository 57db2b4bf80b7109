package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SafeUrlTest {
    @Test
    void linksAllowOnlyHttpHttpsAndMailto() {
        assertEquals("https://example.com/a?b=1", SafeUrl.link("https://example.com/a?b=1"));
        assertEquals("HTTP://EXAMPLE.COM", SafeUrl.link(" HTTP://EXAMPLE.COM "));
        assertEquals("mailto:a@example.com", SafeUrl.link("mailto:a@example.com"));
        String[] refused = { null, "", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "//evil.example/x", "/relative", "https://", "http:/x", "mailto:",
            "blob:https://example.com/1", "\u0000javascript:alert(1)" };
        for (String url : refused) {
            assertNull(SafeUrl.link(url), String.valueOf(url));
        }
    }

    @Test
    void imagesAllowHttpHttpsAndThePagesOwnBlobs() {
        assertEquals("https://cdn.example.com/a.png", SafeUrl.image("https://cdn.example.com/a.png"));
        assertEquals("blob:https://shop.example/5f", SafeUrl.image("blob:https://shop.example/5f"));
        assertNull(SafeUrl.image("data:image/svg+xml,<svg onload=alert(1)>"));
        assertNull(SafeUrl.image("mailto:a@example.com"));
        assertNull(SafeUrl.image("javascript:alert(1)"));
    }
}
