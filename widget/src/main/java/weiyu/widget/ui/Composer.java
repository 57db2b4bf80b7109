package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;
import weiyu.widget.browser.JsRef;
import weiyu.widget.chat.ConversationActions;

/**
 * The text area ({@code part=composer}), the send button ({@code part=send}), the emoji
 * row and the image / file pickers. Enter sends, Shift+Enter breaks the line.
 */
final class Composer implements Html.Action {
    final HTMLElement root = Html.el("div", "wy-composer");
    final HTMLElement input;
    final EmojiPicker emoji;
    private final ConversationActions actions;
    private final Strings text;
    private final Toaster toaster;
    private final Throttle typing = new Throttle(1000);

    Composer(Strings text, ConversationActions actions, Toaster toaster) {
        this.actions = actions;
        this.text = text;
        this.toaster = toaster;
        input = Html.add(root, Html.el("textarea", "wy-input"));
        input.setAttribute("part", "composer");
        input.setAttribute("rows", "1");
        input.setAttribute("dir", "auto");
        input.setAttribute("aria-label", text.get(Strings.PLACEHOLDER));
        input.setAttribute("placeholder", text.get(Strings.PLACEHOLDER));
        emoji = new EmojiPicker(text, input);
        root.insertBefore(emoji.grid, input);

        HTMLElement tools = Html.add(root, Html.el("div", "wy-tools"));
        tools.appendChild(emoji.toggle);
        tools.appendChild(picker(text.get(Strings.ATTACH_IMAGE), Icons.IMAGE, true));
        tools.appendChild(picker(text.get(Strings.ATTACH_FILE), Icons.ATTACH, false));
        HTMLElement send = Html.add(tools, Html.button("wy-send", text.get(Strings.SEND), Icons.SEND));
        send.setAttribute("part", "send");

        Html.onClick(send, 0, this);
        Html.on(input, "keydown", 1, this);
        Html.on(input, "input", 2, this);
    }

    /** code: 0 send clicked, 1 key down, 2 input, 3 a picker's button, 4 / 5 images / files picked. */
    @Override
    public void act(int code, Event e) {
        if (code == 0) {
            send();
        } else if (code == 1) {
            KeyboardEvent key = (KeyboardEvent) e;
            if (Keys.isSend(key.getKey(), key.getKeyCode(), key.isShiftKey(), Dom.isComposing(e))) {
                e.preventDefault();
                send();
            }
        } else if (code == 2) {
            if (!Html.value(input).isEmpty() && typing.allow(Clock.nowMs())) {
                actions.typing();
            }
        } else if (code == 3) {
            // The hidden file input sits right after its button.
            ((HTMLElement) ((HTMLElement) e.getCurrentTarget()).getNextSibling()).click();
        } else {
            HTMLElement file = (HTMLElement) e.getCurrentTarget();
            int n = Dom.fileCount(file);
            for (int i = 0; i < n; i++) {
                JSObject f = Dom.file(file, i);
                actions.sendFile(new JsRef(f), Dom.fileName(f), Dom.fileType(f), Dom.fileSize(f), code == 4);
            }
            Html.setValue(file, "");
        }
    }

    /** A button that opens a hidden file input; each chosen file goes to sendFile. */
    private HTMLElement picker(String label, String icon, boolean image) {
        HTMLElement wrap = Html.el("span", "wy-picker");
        HTMLElement button = Html.add(wrap, Html.button("wy-icon-btn", label, icon));
        HTMLElement file = Html.add(wrap, Html.el("input", "wy-file-input"));
        file.setAttribute("type", "file");
        file.setAttribute("tabindex", "-1");
        file.setAttribute("aria-hidden", "true");
        file.setAttribute("data-kind", image ? "image" : "file");
        if (image) {
            file.setAttribute("accept", "image/*");
        }
        file.setAttribute("multiple", "");
        Html.onClick(button, 3, this);
        Html.on(file, "change", image ? 4 : 5, this);
        return wrap;
    }

    void send() {
        String message = Html.value(input).trim();
        if (message.isEmpty()) {
            return;
        }
        // No maxlength on the text area: it cuts a long paste silently. Too long a text stays
        // in the composer, to be shortened or split, and the visitor is told why.
        if (message.length() > ConversationActions.MAX_TEXT_LENGTH) {
            toaster.show(text.toast("tooLong"));
            return;
        }
        actions.sendText(message);
        Html.setValue(input, "");
        emoji.close(false);
        input.focus();
    }
}
