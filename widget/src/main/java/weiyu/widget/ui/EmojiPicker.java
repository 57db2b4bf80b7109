package weiyu.widget.ui;

import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;

/** A row of common emoji inserted at the caret: no picker library, no emoji data in the bundle. */
final class EmojiPicker {
    private static final String[] EMOJI = { "😀", "😂", "😊", "😍", "🤔", "😅", "😭", "😎", "😢", "😡", "👍", "👏",
        "🙏", "👌", "💪", "🤝", "👋", "🎉", "✨", "🔥", "❤️", "🌹", "🍵", "☕" };

    final HTMLElement toggle;
    final HTMLElement grid = Html.el("div", "wy-emoji");

    EmojiPicker(Strings text, HTMLElement input) {
        toggle = Html.button("wy-icon-btn", text.emoji, Icons.EMOJI);
        toggle.setAttribute("aria-expanded", "false");
        grid.setAttribute("role", "group");
        grid.setAttribute("aria-label", text.emoji);
        grid.setHidden(true);
        for (String e : EMOJI) {
            HTMLElement b = Html.add(grid, Html.textButton("wy-emoji-btn", e));
            b.addEventListener("click", evt -> {
                Dom.insertAtCaret(input, e);
                input.focus();
            });
        }
        toggle.addEventListener("click", e -> {
            if (isOpen()) {
                close(true);
            } else {
                grid.setHidden(false);
                toggle.setAttribute("aria-expanded", "true");
                ((HTMLElement) grid.getFirstChild()).focus();
            }
        });
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
