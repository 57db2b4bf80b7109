package weiyu.widget;

import org.teavm.jso.dom.html.HTMLDocument;
import weiyu.widget.browser.ScriptTag;
import weiyu.widget.browser.SettingsObject;
import weiyu.widget.browser.SingleInstance;
import weiyu.widget.browser.SiteConfigLoader;
import weiyu.widget.browser.StompProbe;
import weiyu.widget.browser.UiProbe;
import weiyu.widget.config.ConfigLayers;
import weiyu.widget.config.SiteId;
import weiyu.widget.config.WidgetConfig;
import weiyu.widget.ui.UiOptions;
import weiyu.widget.ui.WidgetView;

/**
 * Entry point. The build wraps TeaVM's output so this runs as soon as the script tag
 * executes, which is the only moment {@code document.currentScript} can be read.
 * Settings: the tag's attributes, then {@code window.weiyuSettings}, then the site config
 * ({@code data-site}, fetched before mounting unless the page already set everything it could
 * supply), then the defaults.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // A second copy of the tag (single-page apps) must not create a second widget.
        if (!SingleInstance.claim()) {
            return;
        }
        ScriptTag tag = ScriptTag.current();
        if (tag.get("stomp-probe") != null) {
            StompProbe.install();
        }
        String origin = tag.origin();
        String language = ScriptTag.browserLanguage();
        SettingsObject pageSettings = SettingsObject.fromPage();
        WidgetConfig.Source page = ConfigLayers.firstOf(tag, pageSettings);
        // The UI test hook replaces the conversation, so UI tests drive the view deterministically.
        UiProbe probe = tag.get("ui-probe") != null ? UiProbe.install() : null;
        String site = page.get("site");
        // Wait for the site config only when it can still change something: attributes win anyway.
        if (SiteId.isValid(site) && !ConfigLayers.coversAll(page, ConfigLayers.SITE_FIELDS)) {
            String api = WidgetConfig.from(page, origin, language).apiBase;
            SiteConfigLoader.load(api + "/config/" + site + ".json",
                    siteConfig -> whenBodyReady(ConfigLayers.firstOf(tag, pageSettings, siteConfig), origin, language, probe));
        } else {
            whenBodyReady(page, origin, language, probe);
        }
    }

    private static void whenBodyReady(WidgetConfig.Source settings, String origin, String language, UiProbe probe) {
        HTMLDocument doc = HTMLDocument.current();
        if (doc.getBody() == null) {
            // Loaded from <head> without async/defer: wait for the body.
            doc.addEventListener("DOMContentLoaded", evt -> start(doc, settings, origin, language, probe));
        } else {
            start(doc, settings, origin, language, probe);
        }
    }

    private static void start(HTMLDocument doc, WidgetConfig.Source settings, String origin, String language,
            UiProbe probe) {
        WidgetConfig config = WidgetConfig.from(settings, origin, language);
        UiOptions options = UiOptions.from(settings);
        if (probe != null) {
            probe.attach(WidgetView.mount(doc, config, options, probe));
            return;
        }
        boolean consent = "required".equals(settings.get("consent"));
        String lazy = settings.get("lazy");
        WidgetRuntime.start(doc, config, options, consent, lazy != null && !"false".equals(lazy));
    }
}
