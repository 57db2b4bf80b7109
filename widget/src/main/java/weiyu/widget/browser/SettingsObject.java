package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import weiyu.widget.config.ConfigLayers;
import weiyu.widget.config.WidgetConfig;

/**
 * A plain JavaScript object read as settings: {@code window.weiyuSettings}, or a site config
 * fetched from widget-server. Names are the attributes' in camelCase ({@code z-index} →
 * {@code zIndex}); strings and numbers count, {@code true} reads as "true", and false, null,
 * objects and functions count as absent.
 */
public final class SettingsObject implements WidgetConfig.Source {
    private final JSObject object;

    private SettingsObject(JSObject object) {
        this.object = object;
    }

    /** {@code window.weiyuSettings}, or null when the page set none. */
    public static SettingsObject fromPage() {
        JSObject o = pageSettings();
        return o == null ? null : new SettingsObject(o);
    }

    /** A JSON object text, or null when it is not one. */
    public static SettingsObject fromJson(String json) {
        JSObject o = parseObject(json);
        return o == null ? null : new SettingsObject(o);
    }

    @Override
    public String get(String name) {
        return valueOf(object, ConfigLayers.camelCase(name));
    }

    @JSBody(script = "var s = window.weiyuSettings; return s && typeof s === 'object' ? s : null;")
    private static native JSObject pageSettings();

    @JSBody(params = "text", script = "try { var o = JSON.parse(text); return o && typeof o === 'object' ? o : null; }"
            + " catch (e) { return null; }")
    private static native JSObject parseObject(String text);

    @JSBody(params = { "o", "name" }, script = "var v = Object.prototype.hasOwnProperty.call(o, name) ? o[name] : null;"
            + "if (typeof v === 'string') return v; if (typeof v === 'number' && isFinite(v)) return String(v);"
            + "return v === true ? 'true' : null;")
    private static native String valueOf(JSObject o, String name);
}
