package weiyu.server.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every field the conversation hands the UI, and in every field the visitor
 * types: nothing runs, no element or attribute comes from the data, no javascript: or
 * data: URL reaches an href or src. Each payload sets {@code window.__xss} or alerts if it runs.
 */
class XssCorpusTest extends EnglishPageTest {
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1;alert(1)\">",
            "\"><svg onload=window.__xss=1>",
            "'><iframe src=javascript:window.__xss=1>",
            "javascript:window.__xss=1",
            "JaVaScRiPt:window.__xss=1",
            " javascript:window.__xss=1",
            "java\tscript:window.__xss=1",
            "data:text/html,<script>window.__xss=1</script>",
            "data:image/svg+xml,<svg onload=window.__xss=1>",
            "vbscript:msgbox(1)",
            "</textarea><img src=x onerror=window.__xss=1>",
            "https://a.example/\"><img src=x onerror=window.__xss=1>",
            "https://a.example/' onmouseover='window.__xss=1",
            "{{constructor.constructor('window.__xss=1')()}}",
            "<a href=\"javascript:window.__xss=1\">click</a>",
            "\u202e<b onclick=window.__xss=1>rtl</b>",
            "<style>*{display:none}</style>");

    @Test
    void hostileDataInEveryFieldStaysText() throws Exception {
        try (UiPage ui = openPage()) {
            ui.openPanel();
            String t = UiPage.quote("2026-11-25 10:00:00");
            int n = 0;
            for (String p : PAYLOADS) {
                String q = UiPage.quote(p);
                String fileJson = "{\"url\":" + q + ",\"filename\":" + q + ",\"label\":" + q + "}";
                for (String from : new String[] { "agent", "self", "system" }) {
                    ui.add("t" + n, "TEXT", from, "SUCCESS", "2026-11-25 10:00:00", p, p, p);
                    ui.add("u" + n, p, from, p, p, p, p, p);
                    ui.add("i" + n, "IMAGE", from, "SUCCESS", "2026-11-25 10:00:00", p, p, p);
                    ui.add("j" + n, "IMAGE", from, "SUCCESS", "2026-11-25 10:00:00", fileJson, p, p);
                    ui.add("f" + n, "FILE", from, "ERROR", "2026-11-25 10:00:00", fileJson, p, p);
                    ui.add("g" + n, "FILE", from, "SUCCESS", "2026-11-25 10:00:00", p, p, p);
                    n++;
                }
                ui.probe("update", UiPage.json("t0", "TEXT", "agent", p, p, p, p, p));
                ui.probe("header", p, p, "true");
                ui.probe("toast", p);
                ui.probe("connection", p);
            }
            ui.probe("leave");
            var leave = ui.part("leave-form");
            for (DomNode input : UiPage.inAll(leave, "input")) {
                ((HtmlInput) input).type(PAYLOADS.get(1));
            }
            ((HtmlTextArea) UiPage.in(leave, "textarea")).type(PAYLOADS.get(0));
            UiPage.in(leave, "button[type=submit]").click();
            ((HtmlTextArea) ui.part("composer")).setText(PAYLOADS.get(2));
            ui.part("send").click();
            for (DomNode thumb : ui.all(".wy-thumb")) {
                ((DomElement) thumb).click();
            }
            ui.settle(300);

            assertEquals("undefined", ui.probeJs("typeof window.__xss"), "no payload ran");
            assertTrue(ui.alerts.isEmpty(), ui.alerts.toString());
            assertTrue(ui.browser.scriptErrors.isEmpty(), ui.browser.scriptErrors.toString());
            assertEquals(0, ui.all("script, iframe, b, style:not(#weiyu-widget > style), [part=message] svg[onload]").size(),
                    "no element comes from data");
            for (DomNode node : ui.all("*")) {
                DomElement e = (DomElement) node;
                e.getAttributesMap().forEach((name, attr) -> {
                    assertFalse(name.toLowerCase().startsWith("on"), "event handler attribute " + name + " on " + e.getTagName());
                    if (name.equals("href") || name.equals("src")) {
                        String v = attr.getValue().trim().toLowerCase();
                        assertTrue(v.startsWith("https://") || v.startsWith("http://") || v.startsWith("mailto:"),
                                name + "=" + attr.getValue());
                    }
                });
            }
            assertTrue(ui.message("t0").getTextContent().length() > 0);
            assertTrue(ui.all("[part=message]").stream().anyMatch(m -> m.getTextContent().contains("<script>window.__xss=1</script>")),
                    "payloads are shown as the text they are");
            assertTrue(ui.calls().contains("sendText|" + PAYLOADS.get(2)), "the visitor's own text is passed on untouched");
        }
    }
}
