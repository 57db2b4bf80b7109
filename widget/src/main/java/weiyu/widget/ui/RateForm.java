package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;
import weiyu.widget.chat.ConversationActions;

/** The rating form ({@code part=rate-form}): 1 to 5 stars, resolved yes / no, an optional comment. */
final class RateForm implements Html.Action {
    final Sheet sheet;
    private final HTMLElement group;
    private final HTMLElement firstStar;
    private final HTMLElement resolvedYes;
    private final HTMLElement comment;
    private int score;
    private static final int SUBMIT = 9;
    private final Strings text;
    private final ConversationActions actions;

    RateForm(Strings text, ConversationActions actions) {
        sheet = new Sheet("rate-form", text.get(Strings.RATE_TITLE), text);
        group = Html.add(sheet.fields, Html.el("div", "wy-stars"));
        group.setAttribute("role", "radiogroup");
        group.setAttribute("aria-label", text.get(Strings.SCORE));
        for (int i = 0; i < 5; i++) {
            int value = i + 1;
            HTMLElement star = Html.add(group, Html.el("label", "wy-star"));
            HTMLElement radio = Html.add(star, radio("wy-score", String.valueOf(value)));
            radio.setAttribute("aria-label", value + text.get(Strings.STARS));
            star.appendChild(Dom.icon(Icons.STAR));
            Html.on(radio, "change", value, this);
        }
        firstStar = (HTMLElement) group.getFirstChild().getFirstChild();
        HTMLElement resolved = Html.add(sheet.fields, Html.el("div", "wy-choice"));
        resolved.setAttribute("role", "radiogroup");
        resolved.setAttribute("aria-label", text.get(Strings.RESOLVED));
        Html.add(resolved, Html.text("span", "wy-label", text.get(Strings.RESOLVED)));
        resolvedYes = chip(resolved, text.get(Strings.YES), "yes");
        chip(resolved, text.get(Strings.NO), "no");
        comment = sheet.field(text.get(Strings.COMMENT), "textarea", null);
        comment.setAttribute("rows", "2");
        comment.setAttribute("maxlength", "500");
        this.text = text;
        this.actions = actions;
        Html.on(sheet.form, "submit", SUBMIT, this);
        Html.on(sheet.form, "reset", 0, this);
    }

    /** code: a star's value (1 to 5) when it is chosen, 0 on reset, SUBMIT on submit. */
    @Override
    public void act(int code, Event e) {
        if (code != SUBMIT) {
            choose(code);
        } else if (score == 0) {
            sheet.fail(text.get(Strings.NEED_SCORE), firstStar);
        } else {
            actions.rate(score, Dom.checked(resolvedYes), Html.value(comment).trim());
            sheet.close();
        }
    }

    void open(HTMLElement focusBack) {
        sheet.open(focusBack, firstStar);
    }

    private void choose(int value) {
        score = value;
        for (int i = 0; i < 5; i++) {
            // The stars are the group's only children: no Java array of elements (TeaVM would wrap each).
            Html.toggleClass((HTMLElement) group.getChildNodes().get(i), "wy-on", i < value);
        }
    }

    private static HTMLElement chip(HTMLElement group, String label, String value) {
        HTMLElement wrap = Html.add(group, Html.el("label", "wy-chip"));
        HTMLElement input = Html.add(wrap, radio("wy-resolved", value));
        Html.add(wrap, Html.text("span", null, label));
        return input;
    }

    private static HTMLElement radio(String name, String value) {
        HTMLElement input = Html.el("input", "wy-radio");
        input.setAttribute("type", "radio");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        return input;
    }
}
