package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/** DOM calls the TeaVM bindings lack. None of them parses markup. */
public final class Dom {
    private Dom() {
    }

    @JSFunctor
    public interface Callback extends JSObject {
        void run();
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

    /** Text as a text node: the one way message data enters the page. */
    @JSBody(params = { "parent", "text" }, script = "parent.appendChild(document.createTextNode(text));")
    public static native void appendText(HTMLElement parent, String text);

    @JSBody(params = "e", script = "return e.target;")
    public static native JSObject target(Event e);

    @JSBody(params = "e", script = "return !!e.isComposing;")
    public static native boolean isComposing(Event e);

    @JSBody(params = "form", script = "form.reset();")
    public static native void resetForm(HTMLElement form);

    @JSBody(params = "input", script = "return !!input.checked;")
    public static native boolean checked(HTMLElement input);

    @JSBody(params = "input", script = "return input.files ? input.files.length : 0;")
    public static native int fileCount(HTMLElement input);

    @JSBody(params = { "input", "i" }, script = "return input.files[i];")
    public static native JSObject file(HTMLElement input, int i);

    @JSBody(params = "f", script = "return f.name || '';")
    public static native String fileName(JSObject f);

    @JSBody(params = "f", script = "return f.type || '';")
    public static native String fileType(JSObject f);

    @JSBody(params = "f", script = "return f.size > 2147483647 ? 2147483647 : (f.size | 0);")
    public static native int fileSize(JSObject f);

    /** Replaces the selection of a text field with {@code text} and puts the caret after it. */
    @JSBody(params = { "field", "text" }, script = "var v = field.value, s = field.selectionStart, e = field.selectionEnd;"
            + "if (typeof s !== 'number') { s = e = v.length; }"
            + "field.value = v.slice(0, s) + text + v.slice(e);"
            + "try { field.setSelectionRange(s + text.length, s + text.length); } catch (x) {}")
    public static native void insertAtCaret(HTMLElement field, String text);

    /**
     * Constructable stylesheets: inside a shadow root they are not subject to the page's
     * CSP style-src. False where the browser lacks them (then a style element is used).
     */
    @JSBody(params = { "root", "css" }, script = "if (!root || !root.adoptedStyleSheets || typeof CSSStyleSheet !== 'function') return false;"
            + "try { var s = new CSSStyleSheet(); s.replaceSync(css); root.adoptedStyleSheets = [s]; return true; }"
            + " catch (e) { return false; }")
    public static native boolean adoptStyles(JSObject root, String css);

    /**
     * Puts the host into the browser's top layer (a manual popover), above any z-index the
     * page uses, even a full-page overlay at 2147483647. No-op where popover is unsupported.
     */
    @JSBody(params = "host", script = "if (typeof host.showPopover !== 'function') return false;"
            + "try { host.setAttribute('popover', 'manual'); host.showPopover(); return true; } catch (e) { return false; }")
    public static native boolean toTopLayer(HTMLElement host);

    /** Takes a node out of the page, if it is in it. */
    @JSBody(params = "node", script = "if (node && node.parentNode) node.parentNode.removeChild(node);")
    public static native void remove(JSObject node);
}
