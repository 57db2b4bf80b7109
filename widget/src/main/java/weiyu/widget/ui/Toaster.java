package weiyu.widget.ui;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/** Transient notices ({@code part=toast}), read out politely, gone after a few seconds. */
final class Toaster {
    private static final int SHOW_MS = 3200;

    final HTMLElement root = Html.el("div", "wy-toasts");

    Toaster() {
        root.setAttribute("role", "status");
        root.setAttribute("aria-live", "polite");
    }

    void show(String message) {
        HTMLElement toast = Html.add(root, Html.text("div", "wy-toast", message));
        toast.setAttribute("part", "toast");
        Window.setTimeout(() -> {
            if (toast.getParentNode() != null) {
                root.removeChild(toast);
            }
        }, SHOW_MS);
    }
}
