package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;

/** The full-size view of an image message, over the panel; Escape or the button closes it. */
final class ImageViewer implements Html.Action {
    final HTMLElement root = Html.el("div", "wy-viewer");
    private final HTMLElement img;
    private final HTMLElement close;
    private HTMLElement returnFocus;

    ImageViewer(Strings text) {
        root.setAttribute("role", "dialog");
        root.setAttribute("aria-label", text.get(Strings.IMAGE));
        root.setHidden(true);
        img = Html.add(root, Html.el("img", null));
        img.setAttribute("alt", text.get(Strings.IMAGE));
        img.setAttribute("referrerpolicy", "no-referrer");
        close = Html.add(root, Html.button("wy-icon-btn wy-viewer-close", text.get(Strings.CLOSE_VIEWER), Icons.CLOSE));
        Html.onClick(close, 0, this);
        Html.onClick(root, 1, this);
    }

    @Override
    public void act(int code, Event e) {
        if (code == 0 || Dom.target(e) == root) {
            close();
        }
    }

    /** {@code src} has passed {@link SafeUrl#image}. */
    void open(String src, HTMLElement from) {
        returnFocus = from;
        img.setAttribute("src", src);
        root.setHidden(false);
        close.focus();
    }

    boolean isOpen() {
        return !root.isHidden();
    }

    void close() {
        root.setHidden(true);
        img.removeAttribute("src");
        if (returnFocus != null) {
            returnFocus.focus();
        }
    }
}
