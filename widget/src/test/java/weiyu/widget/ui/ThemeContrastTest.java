package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both themes' colour pairs meet WCAG AA: 4.5:1 for text, 3:1 for controls' boundaries. */
class ThemeContrastTest {
    private static Map<String, String> palette(String vars) {
        Map<String, String> map = new HashMap<>();
        for (String declaration : vars.split(";")) {
            int colon = declaration.indexOf(':');
            String value = declaration.substring(colon + 1);
            if (declaration.startsWith("--wy-") && value.startsWith("#")) {
                map.put(declaration.substring(5, colon), value);
            }
        }
        return map;
    }

    private static void atLeast(Map<String, String> p, String fg, String bg, double min, String theme) {
        double ratio = Contrast.ratio(p.get(fg), p.get(bg));
        assertTrue(ratio >= min, theme + ": " + fg + " on " + bg + " is " + ratio);
    }

    private static void check(String vars, String theme) {
        Map<String, String> p = palette(vars);
        for (String bg : new String[] { "bg", "surface", "bubble", "chip" }) {
            atLeast(p, "text", bg, 4.5, theme);
        }
        for (String bg : new String[] { "bg", "surface", "chip" }) {
            atLeast(p, "muted", bg, 4.5, theme);
        }
        atLeast(p, "danger", "bg", 4.5, theme);
        atLeast(p, "danger", "surface", 4.5, theme);
        atLeast(p, "field", "bg", 3, theme);
        atLeast(p, "text", "avatar", 4.5, theme);
    }

    @Test
    void lightTheme() {
        check(Styles.LIGHT, "light");
    }

    @Test
    void darkTheme() {
        Map<String, String> p = palette(Styles.DARK);
        check(Styles.DARK, "dark");
        atLeast(p, "link", "surface", 4.5, "dark");
        atLeast(p, "focus", "bg", 3, "dark");
    }

    @Test
    void whiteOnTheStrongAccentAndTheBadge() {
        for (String accent : new String[] { "#1677ff", "#00b96b", "#ffcc00", "#ff4d4f", "#722ed1" }) {
            assertTrue(Contrast.ratio("#ffffff", Contrast.forWhiteText(accent)) >= 4.5, accent);
        }
        assertTrue(Contrast.ratio("#ffffff", "#d92d20") >= 4.5, "badge");
    }
}
