package weiyu.widget.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;

/**
 * Element builders. Message data only ever goes in through {@link #text} (textContent)
 * or an attribute named here in code; there is no markup parsing anywhere in the UI.
 */
final class Html {
    private Html() {
    }

    /**
     * A component's one handler for all its DOM events, told apart by {@code code}. Each Java
     * lambda handed to JS becomes a class of its own in the bundle; a component that
     * implements this once costs one.
     */
    @JSFunctor
    interface Action extends JSObject {
        void act(int code, Event e);
    }

    // bind, not a function literal: TeaVM renames a script's parameters without seeing inner scopes.
    @JSBody(params = { "el", "type", "code", "f" }, script = "el.addEventListener(type, f.bind(null, code));")
    static native void on(HTMLElement el, String type, int code, Action f);

    /**
     * {@link #on} for "click", the most common case. A Java method around the script on
     * purpose: turning {@code f} into a JS function then happens once, here, not at each of
     * the many call sites.
     */
    static void onClick(HTMLElement el, int code, Action f) {
        on(el, "click", code, f);
    }

    /** As {@link #on}, in the capture phase: catches events that do not bubble (load) on their way down. */
    @JSBody(params = { "el", "type", "code", "f" },
            script = "el.addEventListener(type, f.bind(null, code), true);")
    static native void onCapture(HTMLElement el, String type, int code, Action f);

    /** As {@link #on}, on the document; the returned function removes the listener again. */
    @JSBody(params = { "type", "code", "f" }, script = "var handler = f.bind(null, code);"
            + " document.addEventListener(type, handler);"
            + " return function () { document.removeEventListener(type, handler); };")
    static native Dom.Callback onDocument(String type, int code, Action f);

    /** Calls {@code f} with {@code code} once after {@code ms}: a timer without a lambda class of its own. */
    @JSBody(params = { "ms", "code", "f" }, script = "return setTimeout(f.bind(null, code), ms);")
    static native int after(int ms, int code, Action f);

    /** As {@link #after}, every {@code ms} until clearInterval. */
    @JSBody(params = { "ms", "code", "f" }, script = "return setInterval(f.bind(null, code), ms);")
    static native int every(int ms, int code, Action f);

    // el and text are scripts, not Java: constant arguments of a script call stay JS literals
    // at the call site, where a Java call takes them from the string pool by number. Locals in
    // scripts get long names: the minifier renames parameters to b, c, d... without seeing them.
    @JSBody(params = { "tag", "cls" }, script = "var node = document.createElement(tag);"
            + " if (cls != null) node.setAttribute('class', cls); return node;")
    static native HTMLElement el(String tag, String cls);

    @JSBody(params = { "tag", "cls", "text" }, script = "var node = document.createElement(tag);"
            + " if (cls != null) node.setAttribute('class', cls); node.textContent = text; return node;")
    static native HTMLElement text(String tag, String cls, String text);

    static HTMLElement add(HTMLElement parent, HTMLElement child) {
        parent.appendChild(child);
        return child;
    }

    /** An icon button: the label is for screen readers and the tooltip. */
    static HTMLElement button(String cls, String label, String icon) {
        HTMLElement b = el("button", cls);
        b.setAttribute("type", "button");
        b.setAttribute("aria-label", label);
        b.setAttribute("title", label);
        if (icon != null) {
            b.appendChild(Dom.icon(icon));
        }
        return b;
    }

    @JSBody(params = { "cls", "label" }, script = "var node = document.createElement('button');"
            + " node.setAttribute('class', cls); node.setAttribute('type', 'button'); node.textContent = label;"
            + " return node;")
    static native HTMLElement textButton(String cls, String label);

    static void show(HTMLElement e, boolean visible) {
        e.setHidden(!visible);
    }

    /** Not classList.toggle(cls, force): HtmlUnit ignores the force argument. */
    @JSBody(params = { "e", "cls", "on" }, script = "if (on) e.classList.add(cls); else e.classList.remove(cls);")
    static native void toggleClass(HTMLElement e, String cls, boolean on);

    @JSBody(params = "e", script = "return e.value;")
    static native String value(HTMLElement e);

    @JSBody(params = { "e", "v" }, script = "e.value = v;")
    static native void setValue(HTMLElement e, String v);

    @JSBody(params = "e", script = "e.scrollTop = e.scrollHeight;")
    static native void scrollToEnd(HTMLElement e);

    /** Near the bottom: new messages then keep the list pinned to the end. */
    @JSBody(params = "e", script = "return e.scrollHeight - e.scrollTop - e.clientHeight < 80;")
    static native boolean nearEnd(HTMLElement e);
}
