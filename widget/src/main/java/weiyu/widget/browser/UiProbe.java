package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import weiyu.widget.chat.ChatMessage;
import weiyu.widget.chat.ConversationActions;
import weiyu.widget.chat.ConversationListener;

/**
 * A page-level hook for browser tests and screenshots, installed as {@code window.weiyuUiProbe}
 * only when the script tag carries {@code data-ui-probe}. It plays the conversation: its
 * commands call the real view's {@link ConversationListener} methods, and it records every
 * {@link ConversationActions} call the UI makes, one line each ({@code probe('calls')}).
 * <pre>
 * weiyuUiProbe('add', '{"uid":"m1","type":"TEXT","content":"hi","status":"SUCCESS",
 *     "createdAt":"2026-11-25 18:00:00","from":"agent","nickname":"小林","avatar":"https://..."}', '-1')
 * weiyuUiProbe('update', json) | ('typing', 'true') | ('processing', 'false') | ('leave') | ('rate')
 * weiyuUiProbe('toast', 'rated') | ('header', title, avatar, 'true') | ('connection', 'reconnecting')
 * weiyuUiProbe('unread', '2') | ('calls')
 * </pre>
 */
public final class UiProbe implements ConversationActions, ProbeCommand {
    private final JSObject calls = newArray();
    private ConversationListener view;

    public static UiProbe install() {
        UiProbe probe = new UiProbe();
        // The probe is the command itself: a lambda would be one more class in the bundle.
        expose(probe);
        return probe;
    }

    public void attach(ConversationListener listener) {
        view = listener;
    }

    /** A test's decimal argument; JS does the parsing, so Integer.parseInt stays out of the bundle. */
    @JSBody(params = "s", script = "return s | 0;")
    private static native int toInt(String s);

    @JSBody(params = "command", script = "window.weiyuUiProbe = command;")
    private static native void expose(ProbeCommand command);

    @Override
    public String call(String name, String a, String b, String c) {
        // An if-chain: a switch on strings compiles to a hash table that costs bundle size.
        if ("add".equals(name)) {
            view.messageAdded(message(a), b == null ? -1 : toInt(b));
        } else if ("update".equals(name)) {
            view.messageUpdated(message(a));
        } else if ("typing".equals(name)) {
            view.typingChanged("true".equals(a));
        } else if ("processing".equals(name)) {
            view.processingChanged("true".equals(a));
        } else if ("leave".equals(name)) {
            view.leaveMessageOffered();
        } else if ("rate".equals(name)) {
            view.rateOffered();
        } else if ("toast".equals(name)) {
            view.toast(a);
        } else if ("header".equals(name)) {
            view.headerChanged(a, b, "true".equals(c));
        } else if ("connection".equals(name)) {
            view.connectionChanged(a);
        } else if ("unread".equals(name)) {
            view.unreadChanged(toInt(a));
        } else if ("calls".equals(name)) {
            return joinLines(calls);
        } else {
            return "unknown command";
        }
        return "ok";
    }

    private static ChatMessage message(String json) {
        JSObject o = parse(json);
        ChatMessage m = new ChatMessage();
        m.uid = field(o, "uid");
        m.type = field(o, "type");
        m.content = field(o, "content");
        m.status = field(o, "status");
        m.createdAt = field(o, "createdAt");
        m.userNickname = field(o, "nickname");
        m.userAvatar = field(o, "avatar");
        String from = field(o, "from");
        m.sender = "self".equals(from) ? ChatMessage.Sender.SELF
                : "agent".equals(from) ? ChatMessage.Sender.AGENT : ChatMessage.Sender.SYSTEM;
        return m;
    }

    @JSBody(params = "json", script = "return JSON.parse(json);")
    private static native JSObject parse(String json);

    @JSBody(params = { "o", "k" }, script = "var v = o[k]; return v == null ? null : String(v);")
    private static native String field(JSObject o, String k);

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    /** The call and its arguments joined by "|" in JavaScript (Java string building costs bundle size). */
    @JSBody(params = { "calls", "name", "a", "b", "c", "d" }, script = "var parts = [name];"
            + "[a, b, c, d].forEach(function (v) { if (v != null) parts.push(v); }); calls.push(parts.join('|'));")
    private static native void record(JSObject calls, String name, String a, String b, String c, String d);

    @JSBody(params = "calls", script = "return calls.join('\\n');")
    private static native String joinLines(JSObject calls);

    /** As the six-argument record for the calls with one argument (or none). */
    @JSBody(params = { "calls", "name", "a" }, script = "calls.push(a == null ? name : name + '|' + a);")
    private static native void record(JSObject calls, String name, String a);

    private void record(String name) {
        record(calls, name, null);
    }

    @Override
    public void panelOpened() {
        record("panelOpened");
    }

    @Override
    public void panelClosed() {
        record("panelClosed");
    }

    @Override
    public void sendText(String text) {
        record(calls, "sendText", text);
    }

    @Override
    public void typing() {
        record("typing");
    }

    @Override
    public void sendFile(Object file, String fileName, String mimeType, int size, boolean image) {
        record(calls, "sendFile", fileName, mimeType, String.valueOf(size), image ? "true" : "false");
    }

    @Override
    public void retry(String uid) {
        record(calls, "retry", uid);
    }

    @Override
    public void recall(String uid) {
        record(calls, "recall", uid);
    }

    @Override
    public void rate(int score, boolean resolved, String comment) {
        record(calls, "rate", String.valueOf(score), resolved ? "true" : "false", comment, null);
    }

    @Override
    public void leaveMessage(String nickname, String contact, String content) {
        record(calls, "leaveMessage", nickname, contact, content, null);
    }

    @Override
    public void setSoundEnabled(boolean enabled) {
        record(calls, "setSoundEnabled", enabled ? "true" : "false");
    }
}
