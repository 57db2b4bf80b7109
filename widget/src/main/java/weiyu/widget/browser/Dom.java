package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** DOM calls the TeaVM bindings lack. */
public final class Dom {
    private Dom() {
    }

    /** An open shadow root on the element, or null where the browser has no shadow DOM. */
    @JSBody(params = "host", script = "return typeof host.attachShadow === 'function' ? host.attachShadow({mode: 'open'}) : null;")
    public static native JSObject attachShadowOrNull(HTMLElement host);

    /** An SVG icon of one path, built node by node (no markup parsing). */
    @JSBody(params = "d", script = "var ns = 'http://www.w3.org/2000/svg';"
            + "var svg = document.createElementNS(ns, 'svg'); svg.setAttribute('viewBox', '0 0 24 24');"
            + "svg.setAttribute('aria-hidden', 'true'); svg.setAttribute('focusable', 'false');"
            + "var p = document.createElementNS(ns, 'path'); p.setAttribute('d', d); svg.appendChild(p); return svg;")
    public static native HTMLElement icon(String d);

    @JSBody(params = { "parent", "child" }, script = "parent.appendChild(child);")
    public static native void append(JSObject parent, JSObject child);

    @JSBody(params = { "root", "selector" }, script = "return root.querySelector(selector);")
    public static native HTMLElement find(JSObject root, String selector);
}
