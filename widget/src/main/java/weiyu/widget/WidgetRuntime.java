package weiyu.widget;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import weiyu.widget.browser.BrowserDevice;
import weiyu.widget.browser.BrowserHttp;
import weiyu.widget.browser.BrowserSockets;
import weiyu.widget.browser.Dom;
import weiyu.widget.browser.PageApi;
import weiyu.widget.browser.SingleInstance;
import weiyu.widget.chat.ChatIo;
import weiyu.widget.chat.ChatMessage;
import weiyu.widget.chat.Conversation;
import weiyu.widget.chat.ConversationActions;
import weiyu.widget.chat.ConversationListener;
import weiyu.widget.chat.PageEvents;
import weiyu.widget.config.WidgetConfig;
import weiyu.widget.embed.IoGate;
import weiyu.widget.embed.VisitorFields;
import weiyu.widget.embed.WidgetControl;
import weiyu.widget.ui.UiOptions;
import weiyu.widget.ui.WidgetView;

/**
 * One live widget: the conversation, the view and the page's {@code weiyu(...)} API, and the
 * seam between them. What the conversation tells the view and what the view asks of the
 * conversation both pass through here, which is where the page's events are raised.
 */
final class WidgetRuntime implements ConversationListener, ConversationActions, WidgetControl, PageEvents, Dom.Callback,
        Runnable {
    /** Every key the widget stores starts with this (the conversation's keys are weiyu.<org>.*). */
    static final String STORAGE_PREFIX = "weiyu.";

    private final WidgetConfig config;
    private final WidgetView view;
    private final boolean waitForConsent;
    /** Start when the page is idle (data-lazy), not in the task after the launcher. */
    private final boolean lazy;
    /** The task after the launcher ran: a later {@link #run()} is the idle callback. */
    private boolean launched;
    /** Holds storage writes back until consent, and ends all IO at shutdown. */
    private final IoGate gate;
    /** Storage, timers, uids, clock and chime. */
    private final BrowserDevice device;
    /** Built on first use (see {@link #conversation()}), so the launcher shows before it. */
    private Conversation conversation;
    private boolean started;
    private boolean shutDown;

    private WidgetRuntime(HTMLDocument doc, WidgetConfig config, UiOptions options, boolean waitForConsent,
            boolean lazy) {
        this.config = config;
        device = new BrowserDevice();
        gate = new IoGate(!waitForConsent, device, new BrowserHttp(), device, new BrowserSockets());
        this.waitForConsent = waitForConsent;
        this.lazy = lazy;
        this.view = WidgetView.mount(doc, config, options, this);
    }

    /**
     * Mounts the widget and installs the page API. The conversation is built and started in the
     * next task, so the launcher is on screen before that work holds the page's main thread;
     * it starts then, unless {@code consent} is required (then on open or weiyu('consent')) or
     * {@code lazy} (then on open or when the page is idle).
     */
    static WidgetRuntime start(HTMLDocument doc, WidgetConfig config, UiOptions options, boolean consent, boolean lazy) {
        WidgetRuntime runtime = new WidgetRuntime(doc, config, options, consent, lazy);
        PageApi.install(runtime);
        runtime.device.schedule(0, runtime);
        PageApi.emit("ready", null);
        return runtime;
    }

    /**
     * First the task after the launcher (a timer of the device), then (lazy mode only) the idle
     * callback: the runtime is both callbacks itself, which keeps two lambda classes out of the bundle.
     */
    @Override
    public void run() {
        if (launched) {
            startConversation();
            return;
        }
        launched = true;
        if (shutDown) {
            return;
        }
        conversation();
        if (!waitForConsent && !lazy) {
            startConversation();
        } else if (!waitForConsent) {
            whenIdle(this);
        }
    }

    /** The conversation, built now if the visitor acted before the task that builds it ran. */
    private Conversation conversation() {
        if (conversation == null) {
            ChatIo io = new ChatIo(gate, gate, device, device, device, device, gate, gate);
            conversation = new Conversation(config, io, this);
            conversation.setPageEvents(this);
        }
        return conversation;
    }

    /** An agent's invitation opens the chat, as the reference client does. */
    @Override
    public void visitorInvited(ChatMessage invitation) {
        view.open();
        PageApi.emit("message", payload(invitation));
    }

    private void startConversation() {
        if (!started && !shutDown) {
            started = true;
            gate.allowStorage();
            conversation().start();
        }
    }

    // ---- the page's weiyu(...) commands

    @Override
    public void open() {
        view.open();
    }

    @Override
    public void close() {
        view.close();
    }

    @Override
    public void toggle() {
        view.toggle();
    }

    @Override
    public void setUser(String nickname, String email, String avatar, String mobile, String note) {
        conversation().setVisitorInfo(VisitorFields.of("nickname", nickname, "email", email, "avatar", avatar,
                "mobile", mobile, "note", note));
    }

    @Override
    public void send(String text) {
        if (waitForConsent && !started) {
            return; // nothing may be stored or sent before the visitor agreed
        }
        startConversation();
        conversation().sendText(text);
    }

    @Override
    public void consent() {
        startConversation();
    }

    @Override
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        if (conversation != null) {
            conversation.stop();
        }
        gate.close();
        view.unmount();
        BrowserDevice.removeAll(STORAGE_PREFIX);
        PageApi.uninstall();
        SingleInstance.release();
    }

    // ---- what the view asks (opening counts as consent)

    @Override
    public void panelOpened() {
        if (shutDown) {
            return;
        }
        startConversation();
        conversation().panelOpened();
        PageApi.emit("open", null);
    }

    @Override
    public void panelClosed() {
        conversation().panelClosed();
        PageApi.emit("close", null);
    }

    @Override
    public void sendText(String text) {
        conversation().sendText(text);
    }

    @Override
    public void typing() {
        conversation().typing();
    }

    @Override
    public void sendFile(Object file, String fileName, String mimeType, int size, boolean image) {
        conversation().sendFile(file, fileName, mimeType, size, image);
    }

    @Override
    public void retry(String uid) {
        conversation().retry(uid);
    }

    @Override
    public void recall(String uid) {
        conversation().recall(uid);
    }

    @Override
    public void rate(int score, boolean resolved, String comment) {
        conversation().rate(score, resolved, comment);
    }

    @Override
    public void leaveMessage(String nickname, String contact, String content) {
        conversation().leaveMessage(nickname, contact, content);
    }

    @Override
    public void setSoundEnabled(boolean enabled) {
        conversation().setSoundEnabled(enabled);
    }

    // ---- what the conversation tells the view

    @Override
    public void messageAdded(ChatMessage message, int index) {
        view.messageAdded(message, index);
        PageApi.emit("message", payload(message));
    }

    @Override
    public void messageUpdated(ChatMessage message) {
        view.messageUpdated(message);
    }

    @Override
    public void typingChanged(boolean typing) {
        view.typingChanged(typing);
    }

    @Override
    public void processingChanged(boolean processing) {
        view.processingChanged(processing);
    }

    @Override
    public void leaveMessageOffered() {
        view.leaveMessageOffered();
    }

    @Override
    public void rateOffered() {
        view.rateOffered();
    }

    @Override
    public void toast(String key) {
        view.toast(key);
    }

    @Override
    public void headerChanged(String title, String avatarUrl, boolean online) {
        view.headerChanged(title, avatarUrl, online);
    }

    @Override
    public void connectionChanged(String state) {
        view.connectionChanged(state);
    }

    @Override
    public void unreadChanged(int count) {
        view.unreadChanged(count);
        PageApi.emit("unread", number(count));
    }

    private static JSObject payload(ChatMessage m) {
        String from = m.sender == ChatMessage.Sender.SELF ? "self" : m.sender == ChatMessage.Sender.AGENT ? "agent" : "system";
        return message(m.uid, m.type, m.content, m.status, m.createdAt, from, m.userNickname);
    }

    @JSBody(params = { "uid", "type", "content", "status", "createdAt", "from", "nickname" },
            script = "return {uid: uid, type: type, content: content, status: status, createdAt: createdAt,"
                    + " from: from, nickname: nickname};")
    private static native JSObject message(String uid, String type, String content, String status, String createdAt,
            String from, String nickname);

    @JSBody(params = "n", script = "return n;")
    private static native JSObject number(int n);

    @JSBody(params = "task", script = "var ric = window.requestIdleCallback;"
            + " if (ric) { ric(function () { task(); }, {timeout: 5000}); } else { setTimeout(function () { task(); }, 2000); }")
    private static native void whenIdle(Dom.Callback task);
}
