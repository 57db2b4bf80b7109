package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;

/** A row of common emoji inserted at the caret: no picker library, no emoji data in the bundle. */
final class EmojiPicker implements Html.Action {
    final HTMLElement toggle;
    final HTMLElement grid = Html.el("div", "wy-emoji");
    private final HTMLElement input;

    EmojiPicker(Strings text, HTMLElement input) {
        toggle = Html.button("wy-icon-btn", text.get(Strings.EMOJI), Icons.EMOJI);
        toggle.setAttribute("aria-expanded", "false");
        grid.setAttribute("role", "group");
        grid.setAttribute("aria-label", text.get(Strings.EMOJI));
        grid.setHidden(true);
        this.input = input;
        String[] emoji = Strings.split("😀|😂|😊|😍|🤔|😅|😭|😎|😢|😡|👍|👏|🙏|👌|💪|🤝|👋|🎉|✨|🔥|❤️|🌹|🍵|☕");
        for (int i = 0; i < emoji.length; i++) {
            Html.onClick(Html.add(grid, Html.textButton("wy-emoji-btn", emoji[i])), i, this);
        }
        Html.onClick(toggle, -1, this);
    }

    /** code: the index of the emoji clicked (its button shows it), or -1 for the toggle button. */
    @Override
    public void act(int code, Event e) {
        if (code >= 0) {
            Dom.insertAtCaret(input, ((HTMLElement) e.getCurrentTarget()).getTextContent());
            input.focus();
        } else if (isOpen()) {
            close(true);
        } else {
            grid.setHidden(false);
            toggle.setAttribute("aria-expanded", "true");
            ((HTMLElement) grid.getFirstChild()).focus();
        }
    }

    boolean isOpen() {
        return !grid.isHidden();
    }

    void close(boolean focusToggle) {
        grid.setHidden(true);
        toggle.setAttribute("aria-expanded", "false");
        if (focusToggle) {
            toggle.focus();
        }
    }
}
