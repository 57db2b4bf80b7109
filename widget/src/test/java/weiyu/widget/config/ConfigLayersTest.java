package weiyu.widget.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attributes win, then window.weiyuSettings, then the site config, then the defaults. */
class ConfigLayersTest {
    static final WidgetConfig.Source ATTRIBUTES = Map.of("color", "#111111", "org", "o_attr")::get;
    static final WidgetConfig.Source SETTINGS = Map.of("color", "#222222", "position", "left", "sid", "wg_settings",
            "org", "o_settings")::get;
    static final WidgetConfig.Source SITE = Map.of("color", "#333333", "position", "right", "sid", "wg_site",
            "type", "2", "locale", "zh-CN")::get;

    @Test
    void eachSettingComesFromTheStrongestLayerThatHasIt() {
        WidgetConfig c = WidgetConfig.from(ConfigLayers.firstOf(ATTRIBUTES, SETTINGS, SITE), "https://w.example", "en");
        assertEquals("#111111", c.color, "attribute over settings and site");
        assertEquals("o_attr", c.orgUid, "attribute over settings");
        assertTrue(c.leftSide, "settings over site");
        assertEquals("wg_settings", c.sid, "settings over site");
        assertEquals("2", c.threadType, "site over default");
        assertEquals("zh-CN", c.locale, "site over the browser's language");
        assertEquals("https://w.example", c.apiBase, "default when no layer has it");
    }

    @Test
    void missingLayersAreSkipped() {
        WidgetConfig c = WidgetConfig.from(ConfigLayers.firstOf(null, SETTINGS, null), "https://w.example", "en");
        assertEquals("#222222", c.color);
        WidgetConfig d = WidgetConfig.from(ConfigLayers.firstOf(), "https://w.example", "en");
        assertEquals(WidgetConfig.DEFAULT_COLOR, d.color);
        assertFalse(d.leftSide);
    }

    @Test
    void anEmptyAttributeStillWins() {
        // data-lazy="" is how a boolean attribute reads: present, so it is not looked up further.
        WidgetConfig.Source s = ConfigLayers.firstOf(Map.of("lazy", "")::get, Map.of("lazy", "false")::get);
        assertEquals("", s.get("lazy"));
        assertNull(s.get("consent"));
    }

    @Test
    void settingsNamesAreTheAttributesInCamelCase() {
        assertEquals("zIndex", ConfigLayers.camelCase("z-index"));
        assertEquals("org", ConfigLayers.camelCase("org"));
        assertEquals("uiProbeLevel", ConfigLayers.camelCase("ui-probe-level"));
    }

    @Test
    void siteConfigIsOnlyNeededWhileTheDecidingSettingsAreMissing() {
        Map<String, String> all = Map.of("org", "o", "sid", "s", "type", "1", "color", "#123456",
                "position", "left", "locale", "en", "site", "shop");
        assertTrue(ConfigLayers.coversAll(all::get, ConfigLayers.SITE_FIELDS));
        for (String missing : ConfigLayers.SITE_FIELDS) {
            java.util.HashMap<String, String> some = new java.util.HashMap<>(all);
            some.remove(missing);
            assertFalse(ConfigLayers.coversAll(some::get, ConfigLayers.SITE_FIELDS), "without " + missing);
            some.put(missing, "");
            assertFalse(ConfigLayers.coversAll(some::get, ConfigLayers.SITE_FIELDS), "with an empty " + missing);
        }
    }
}
