package weiyu.widget.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidgetConfigTest {
    private static WidgetConfig config(Map<String, String> attrs, String origin, String language) {
        return WidgetConfig.from(attrs::get, origin, language);
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void defaultsFollowTheEmbedContract() {
        WidgetConfig c = config(attrs("org", "df_org_uid", "sid", "df_wg_uid"), "https://cdn.example.com", "en-US");
        assertEquals("df_org_uid", c.orgUid);
        assertEquals("df_wg_uid", c.sid);
        assertEquals("1", c.threadType);
        assertEquals("https://cdn.example.com", c.apiBase);
        assertEquals("wss://cdn.example.com/stomp", c.brokerUrl);
        assertEquals("en", c.locale);
        assertFalse(c.leftSide);
        assertEquals(WidgetConfig.DEFAULT_COLOR, c.color);
        assertNull(c.site);
    }

    @Test
    void brokerDefaultsToTheHostOfTheApi() {
        WidgetConfig c = config(attrs("api", "http://127.0.0.1:9003/"), "https://cdn.example.com", "zh-CN");
        assertEquals("http://127.0.0.1:9003", c.apiBase);
        assertEquals("ws://127.0.0.1:9003/stomp", c.brokerUrl);
        assertEquals("ws://api.example.com/stomp", WidgetConfig.brokerFor("http://api.example.com/base/path"));
    }

    @Test
    void explicitValuesWin() {
        WidgetConfig c = config(attrs("api", "https://api.example.com", "broker", "wss://push.example.com/stomp",
                "type", "2", "position", "left", "color", "#ABC", "locale", "zh-TW", "site", "shop_1"),
                "https://cdn.example.com", "en");
        assertEquals("wss://push.example.com/stomp", c.brokerUrl);
        assertEquals("2", c.threadType);
        assertTrue(c.leftSide);
        assertEquals("#abc", c.color);
        assertEquals("zh-CN", c.locale);
        assertEquals("shop_1", c.site);
    }

    @Test
    void hostileValuesFallBackToDefaults() {
        WidgetConfig c = config(attrs("api", "javascript:alert(1)", "broker", "http://x/stomp", "type", "9",
                "position", "center", "color", "red;}body{display:none", "site", "../../etc/passwd"),
                "https://cdn.example.com", null);
        assertEquals("https://cdn.example.com", c.apiBase);
        assertEquals("wss://cdn.example.com/stomp", c.brokerUrl);
        assertEquals("1", c.threadType);
        assertFalse(c.leftSide);
        assertEquals(WidgetConfig.DEFAULT_COLOR, c.color);
        assertNull(c.site);
        assertEquals("en", c.locale);
    }

    @Test
    void localeFollowsTheBrowserWhenNotGiven() {
        assertEquals("zh-CN", config(attrs(), "https://a.example", "zh").locale);
        assertEquals("en", config(attrs(), "https://a.example", "fr-FR").locale);
    }

    @Test
    void onlyHexColoursPass() {
        assertTrue(CssColor.isHexColor("#1677ff"));
        assertTrue(CssColor.isHexColor("#FFF"));
        assertFalse(CssColor.isHexColor("#12345"));
        assertFalse(CssColor.isHexColor("#12345g"));
        assertFalse(CssColor.isHexColor("blue"));
        assertFalse(CssColor.isHexColor(null));
    }

    @Test
    void siteIdsCannotNamePaths() {
        assertTrue(SiteId.isValid("demo"));
        assertTrue(SiteId.isValid("Shop-2_b"));
        assertFalse(SiteId.isValid(""));
        assertFalse(SiteId.isValid(".."));
        assertFalse(SiteId.isValid("a/b"));
        assertFalse(SiteId.isValid("a\\b"));
        assertFalse(SiteId.isValid("a.json"));
        assertFalse(SiteId.isValid("x".repeat(SiteId.MAX_LENGTH + 1)));
        assertTrue(SiteId.isValid("x".repeat(SiteId.MAX_LENGTH)));
    }
}
