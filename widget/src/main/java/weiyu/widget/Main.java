package weiyu.widget;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import weiyu.widget.browser.BrowserHttp;
import weiyu.widget.browser.Dom;
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
 *
 * <p>The start-up is one object that is also the site config's receiver and the
 * DOMContentLoaded callback: no lambda classes in the bundle for those waits.
 */
public final class Main implements BrowserHttp.Answer, Dom.Callback {
    private final ScriptTag tag;
    private final SettingsObject pageSettings;
    private final String origin;
    private final String language;
    /** The UI test hook, or null. */
    private final UiProbe probe;
    /** The layers the widget starts with, once known. */
    private WidgetConfig.Source settings;

    private Main(ScriptTag tag, SettingsObject pageSettings, UiProbe probe) {
        this.tag = tag;
        this.pageSettings = pageSettings;
        this.origin = tag.origin();
        this.language = ScriptTag.browserLanguage();
        this.probe = probe;
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
        SettingsObject pageSettings = SettingsObject.fromPage();
        // The UI test hook replaces the conversation, so UI tests drive the view deterministically.
        UiProbe probe = tag.get("ui-probe") != null ? UiProbe.install() : null;
        new Main(tag, pageSettings, probe).begin();
    }

    private void begin() {
        WidgetConfig.Source page = ConfigLayers.firstOf(tag, pageSettings);
        String site = page.get("site");
        // Wait for the site config only when it can still change something: attributes win anyway.
        if (SiteId.isValid(site) && !ConfigLayers.coversAll(page, ConfigLayers.SITE_FIELDS)) {
            String api = WidgetConfig.from(page, origin, language).apiBase;
            SiteConfigLoader.load(api + "/config/" + site + ".json", this);
        } else {
            whenBodyReady(page);
        }
    }

    /** The site config's answer: a 200 is the config; anything else (0: none in time) leaves it out. */
    @Override
    public void answer(int status, String body) {
        whenBodyReady(ConfigLayers.firstOf(tag, pageSettings, SettingsObject.fromJson(status == 200 ? body : null)));
    }

    private void whenBodyReady(WidgetConfig.Source settings) {
        this.settings = settings;
        if (HTMLDocument.current().getBody() == null) {
            // Loaded from <head> without async/defer: wait for the body.
            onDomContentLoaded(this);
        } else {
            run();
        }
    }

    /** Mounts the widget: the body is there. */
    @Override
    public void run() {
        HTMLDocument doc = HTMLDocument.current();
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

    @JSBody(params = "task", script = "document.addEventListener('DOMContentLoaded', function () { task(); });")
    private static native void onDomContentLoaded(Dom.Callback task);
}
