package weiyu.widget.browser;

import org.teavm.jso.JSBody;

/**
 * One widget per page, even when single-page apps add the tag twice. A flag on {@code window}
 * (each copy of the bundle has its own statics) is taken at load, before any asynchronous step,
 * and given back by shutdown so the tag can be added again later.
 */
public final class SingleInstance {
    private SingleInstance() {
    }

    /** True for the first copy; false when another copy of the widget already runs in this page. */
    @JSBody(script = "if (window.__weiyuWidgetLoaded) return false; window.__weiyuWidgetLoaded = true; return true;")
    public static native boolean claim();

    @JSBody(script = "try { delete window.__weiyuWidgetLoaded; } catch (e) { window.__weiyuWidgetLoaded = undefined; }")
    public static native void release();
}
