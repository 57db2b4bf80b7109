package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;

/**
 * A form that slides over the message list (rating, leave a message): a title, fields,
 * an error line read out by screen readers, Cancel and Submit. Focus goes in on open
 * and back where it came from on close.
 */
final class Sheet implements Html.Action {
    final HTMLElement form = Html.el("form", "wy-sheet");
    final HTMLElement fields = Html.el("div", "wy-fields");
    private final HTMLElement error;
    private HTMLElement returnFocus;

    Sheet(String part, String title, Strings text) {
        form.setAttribute("part", part);
        form.setAttribute("novalidate", "");
        String titleId = "wy-" + part + "-title";
        form.setAttribute("aria-labelledby", titleId);
        form.setHidden(true);
        HTMLElement heading = Html.add(form, Html.text("h3", "wy-sheet-title", title));
        heading.setAttribute("id", titleId);
        form.appendChild(fields);
        error = Html.add(form, Html.el("p", "wy-error"));
        error.setAttribute("role", "alert");
        HTMLElement buttons = Html.add(form, Html.el("div", "wy-sheet-actions"));
        Html.onClick(Html.add(buttons, Html.textButton("wy-btn wy-btn-ghost", text.get(Strings.CANCEL))), 0, this);
        HTMLElement ok = Html.add(buttons, Html.text("button", "wy-btn", text.get(Strings.SUBMIT)));
        ok.setAttribute("type", "submit");
        // The owner validates and submits in its own listener; the page never navigates.
        Html.on(form, "submit", 1, this);
    }

    @Override
    public void act(int code, Event e) {
        if (code == 0) {
            close();
        } else {
            e.preventDefault();
        }
    }

    /** A labelled input, textarea or other field appended to the form. */
    HTMLElement field(String label, String tag, String type) {
        HTMLElement wrap = Html.add(fields, Html.el("label", "wy-field"));
        Html.add(wrap, Html.text("span", "wy-label", label));
        HTMLElement input = Html.add(wrap, Html.el(tag, "wy-input-box"));
        if (type != null) {
            input.setAttribute("type", type);
        }
        input.setAttribute("dir", "auto");
        return input;
    }

    boolean isOpen() {
        return !form.isHidden();
    }

    void open(HTMLElement focusBack, HTMLElement first) {
        returnFocus = focusBack;
        error.setTextContent("");
        form.setHidden(false);
        first.focus();
    }

    void fail(String message, HTMLElement focus) {
        error.setTextContent(message);
        focus.focus();
    }

    void close() {
        if (form.isHidden()) {
            return;
        }
        form.setHidden(true);
        Dom.resetForm(form);
        if (returnFocus != null) {
            returnFocus.focus();
        }
    }
}
