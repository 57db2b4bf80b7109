package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.chat.ConversationActions;

/** The leave-a-message form ({@code part=leave-form}) offered when nobody is online. */
final class LeaveForm implements Html.Action {
    /** The longest message the form sends (see act). */
    static final int MAX_CONTENT_LENGTH = 2000;

    final Sheet sheet;
    private final HTMLElement nickname;
    private final HTMLElement contact;
    private final HTMLElement content;
    private final Strings text;
    private final ConversationActions actions;

    LeaveForm(Strings text, ConversationActions actions) {
        sheet = new Sheet("leave-form", text.get(Strings.LEAVE_TITLE), text);
        Html.add(sheet.fields, Html.text("p", "wy-intro", text.get(Strings.LEAVE_INTRO)));
        nickname = sheet.field(text.get(Strings.NICKNAME), "input", "text");
        nickname.setAttribute("autocomplete", "name");
        nickname.setAttribute("maxlength", "64");
        HTMLElement contact = sheet.field(text.get(Strings.CONTACT), "input", "text");
        contact.setAttribute("autocomplete", "email");
        contact.setAttribute("maxlength", "128");
        HTMLElement content = sheet.field(text.get(Strings.CONTENT), "textarea", null);
        content.setAttribute("rows", "4");
        content.setAttribute("aria-required", "true");
        this.contact = contact;
        this.content = content;
        this.text = text;
        this.actions = actions;
        Html.on(sheet.form, "submit", 0, this);
    }

    @Override
    public void act(int code, Event e) {
        String message = Html.value(content).trim();
        if (message.isEmpty()) {
            sheet.fail(text.get(Strings.NEED_CONTENT), content);
            return;
        }
        // Checked here, not by maxlength, which cuts a long paste silently. The form travels in
        // the message's extra (16 KiB at the server), so the content is held to less than the chat's.
        if (message.length() > MAX_CONTENT_LENGTH) {
            sheet.fail(text.get(Strings.LEAVE_TOO_LONG), content);
            return;
        }
        actions.leaveMessage(Html.value(nickname).trim(), Html.value(contact).trim(), message);
        sheet.close();
    }

    void open(HTMLElement focusBack) {
        sheet.open(focusBack, nickname);
    }
}
