package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/** Transient notices ({@code part=toast}), read out politely, gone after a few seconds. */
final class Toaster implements Html.Action {
    private static final int SHOW_MS = 3200;

    final HTMLElement root = Html.el("div", "wy-toasts");

    Toaster() {
        root.setAttribute("role", "status");
        root.setAttribute("aria-live", "polite");
    }

    void show(String message) {
        HTMLElement toast = Html.add(root, Html.text("div", "wy-toast", message));
        toast.setAttribute("part", "toast");
        Html.after(SHOW_MS, 0, this);
    }

    /** A toast's time is up: every toast shows equally long, so it is the oldest one. */
    @Override
    public void act(int code, Event e) {
        if (root.getFirstChild() != null) {
            root.removeChild(root.getFirstChild());
        }
    }
}
