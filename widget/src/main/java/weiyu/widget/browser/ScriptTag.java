package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.config.WidgetConfig;

/**
 * The {@code <script>} tag that loaded the bundle. {@code document.currentScript} is only
 * set while the script executes, so {@link #current()} must be called at start-up.
 */
public final class ScriptTag implements WidgetConfig.Source {
    private final HTMLElement tag;

    private ScriptTag(HTMLElement tag) {
        this.tag = tag;
    }

    public static ScriptTag current() {
        return new ScriptTag(currentScript());
    }

    @Override
    public String get(String name) {
        return tag == null ? null : tag.getAttribute("data-" + name);
    }

    /** Origin of the script's URL: the default API base. */
    public String origin() {
        return tag == null ? pageOrigin() : originOf(tag);
    }

    @JSBody(script = "return document.currentScript;")
    private static native HTMLElement currentScript();

    @JSBody(params = "tag", script = "try { return new URL(tag.src, location.href).origin; } catch (e) { return location.origin; }")
    private static native String originOf(HTMLElement tag);

    @JSBody(script = "return location.origin;")
    private static native String pageOrigin();

    @JSBody(script = "return navigator.language || '';")
    public static native String browserLanguage();
}
