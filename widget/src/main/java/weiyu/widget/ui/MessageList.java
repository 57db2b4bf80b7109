package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import weiyu.widget.util.SmallList;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;
import weiyu.widget.chat.ChatMessage;
import weiyu.widget.chat.ConversationActions;

/**
 * The scrolling list ({@code part=messages}): rows in the conversation's order, a day
 * separator wherever the day changes, and the typing and processing indicators at the end.
 */
final class MessageList implements Html.Action {
    final HTMLElement root = Html.el("div", "wy-list");
    private final HTMLElement typing;
    private final HTMLElement processing;
    private final SmallList<MessageRow> rows = new SmallList<>();
    /** The visitor is reading the newest messages: keep the end in view as content grows (images load late). */
    private boolean stick = true;
    private final Strings text;
    private final ConversationActions actions;
    private final ImageViewer viewer;

    MessageList(Strings text, ConversationActions actions, ImageViewer viewer) {
        this.text = text;
        this.actions = actions;
        this.viewer = viewer;
        root.setAttribute("part", "messages");
        // A scrolling region must be reachable by keyboard to be scrolled with arrow keys.
        root.setAttribute("tabindex", "0");
        root.setAttribute("aria-label", text.get(Strings.PANEL_TITLE));
        typing = indicator("typing", text.get(Strings.TYPING));
        processing = indicator("processing", text.get(Strings.PROCESSING));
        Html.on(root, "scroll", 0, this);
        // Load events do not bubble, but they can be caught on the way down.
        Html.onCapture(root, "load", 1, this);
    }

    /** code: 0 the list scrolled, 1 an image in it loaded. */
    @Override
    public void act(int code, Event e) {
        if (code == 0) {
            stick = Html.nearEnd(root);
        } else if (stick) {
            Html.scrollToEnd(root);
        }
    }

    private HTMLElement indicator(String part, String label) {
        HTMLElement row = Html.add(root, Html.el("div", "wy-indicator"));
        row.setAttribute("part", part);
        HTMLElement dots = Html.add(row, Html.el("span", "wy-dots"));
        for (int i = 0; i < 3; i++) {
            dots.appendChild(Html.el("i", null));
        }
        row.appendChild(Html.text("span", null, label));
        row.setHidden(true);
        return row;
    }

    void add(ChatMessage m, int index) {
        boolean pinned = stick;
        int at = index < 0 || index > rows.size() ? rows.size() : index;
        MessageRow row = new MessageRow(text, actions, viewer);
        row.render(m, Clock.nowMinutes());
        root.insertBefore(row.root, at < rows.size() ? head(rows.get(at)) : typing);
        rows.add(at, row);
        refresh(at);
        refresh(at + 1);
        if (pinned || m.sender == ChatMessage.Sender.SELF) {
            Html.scrollToEnd(root);
        }
    }

    void update(ChatMessage m) {
        for (int i = 0; i < rows.size(); i++) {
            MessageRow row = rows.get(i);
            if (row.message == m || (m.uid != null && m.uid.equals(row.message.uid))) {
                row.render(m, Clock.nowMinutes());
                refresh(i);
                refresh(i + 1);
                return;
            }
        }
    }

    int size() {
        return rows.size();
    }

    void showTyping(boolean on) {
        showIndicator(typing, on);
    }

    void showProcessing(boolean on) {
        showIndicator(processing, on);
    }

    private void showIndicator(HTMLElement indicator, boolean on) {
        boolean pinned = stick;
        indicator.setHidden(!on);
        if (pinned) {
            Html.scrollToEnd(root);
        }
    }

    void scrollToEnd() {
        Html.scrollToEnd(root);
    }

    private static HTMLElement head(MessageRow row) {
        return row.separator != null ? row.separator : row.root;
    }

    /** Puts the right day separator before row {@code i} and marks it as continuing its group. */
    private void refresh(int i) {
        if (i >= rows.size()) {
            return;
        }
        MessageRow row = rows.get(i);
        MessageRow prev = i > 0 ? rows.get(i - 1) : null;
        int prevMinutes = prev == null ? ChatTime.UNKNOWN : prev.minutes;
        if (Grouping.newDay(prevMinutes, row.minutes)) {
            if (row.separator == null) {
                row.separator = Html.el("div", "wy-day");
                row.separator.setAttribute("role", "separator");
                root.insertBefore(row.separator, row.root);
            }
            row.separator.setTextContent("");
            row.separator.appendChild(Html.text("span", null,
                    text.dayLabel(ChatTime.day(row.minutes), ChatTime.day(Clock.nowMinutes()))));
        } else if (row.separator != null) {
            root.removeChild(row.separator);
            row.separator = null;
        }
        boolean continues = prev != null && Grouping.continues(prev.message.sender, prev.message.userNickname,
                prev.minutes, row.message.sender, row.message.userNickname, row.minutes);
        Html.toggleClass(row.root, "wy-cont", continues);
    }
}
