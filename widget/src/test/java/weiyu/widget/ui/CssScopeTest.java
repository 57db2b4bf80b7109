package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CssScopeTest {
    @Test
    void prefixesEverySelectorAndMapsHost() {
        assertEquals("#w{a:1}#w .x,#w .y:hover{b:2}",
                CssScope.scope(":host{a:1}.x,.y:hover{b:2}", "#w"));
    }

    @Test
    void descendsIntoMediaButLeavesKeyframesAlone() {
        assertEquals("@media (max-width:640px){#w .p{c:3}}@keyframes k{from{opacity:0}}#w .q{d:4}",
                CssScope.scope("@media (max-width:640px){.p{c:3}}@keyframes k{from{opacity:0}}.q{d:4}", "#w"));
    }

    @Test
    void theRealStylesheetHasNoUnscopedRule() {
        String css = Styles.css(false, "#1677ff", "#1467e0", false, 10);
        assertFalse(css.contains(":host"));
        assertTrue(css.startsWith("#weiyu-widget{all:initial!important;"), css.substring(0, 40));
        assertTrue(css.contains("}#weiyu-widget .wy-panel{"));
        assertEquals(css.length() - css.replace("{", "").length(), css.length() - css.replace("}", "").length(),
                "braces balance");
    }
}
