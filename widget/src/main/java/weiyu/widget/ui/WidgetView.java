package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;
import weiyu.widget.browser.KeyboardInset;
import weiyu.widget.browser.PageVisibility;
import weiyu.widget.chat.ChatMessage;
import weiyu.widget.chat.ConversationActions;
import weiyu.widget.chat.ConversationListener;
import weiyu.widget.config.WidgetConfig;

/**
 * The whole widget in the embed contract's structure: one tree inside an open shadow root
 * where the browser has one, else directly inside {@code #weiyu-widget} with scoped styles.
 * It renders what the conversation tells it and passes the visitor's actions on.
 */
public final class WidgetView implements ConversationListener, Html.Action {
    public static final String HOST_ID = "weiyu-widget";

    private final ConversationActions actions;
    private final Strings text;
    private final HTMLElement host;
    private final HTMLElement root = Html.el("div", "wy-root");
    private final HTMLElement panel = Html.el("div", "wy-panel");
    private final HTMLElement live = Html.el("div", "wy-sr");
    private final Launcher launcher;
    private final Header header;
    private final MessageList list;
    private final Composer composer;
    private final RateForm rateForm;
    private final LeaveForm leaveForm;
    private final Toaster toaster = new Toaster();
    private final ImageViewer viewer;
    private final TitleFlash flash;
    private int flashTimer = -1;
    private Dom.Callback stopWatchingVisibility;
    private Dom.Callback stopFollowingKeyboard;
    private boolean open;

    private WidgetView(HTMLElement host, Strings text, ConversationActions actions) {
        this.host = host;
        this.text = text;
        this.actions = actions;
        launcher = new Launcher(text);
        header = new Header(text, actions);
        viewer = new ImageViewer(text);
        list = new MessageList(text, actions, viewer);
        composer = new Composer(text, actions, toaster);
        rateForm = new RateForm(text, actions);
        leaveForm = new LeaveForm(text, actions);
        flash = new TitleFlash(text.get(Strings.NEW_MESSAGE));
    }

    /** Builds the widget into the page and wires its controls; {@code actions} receives what the visitor does. */
    public static WidgetView mount(HTMLDocument doc, WidgetConfig config, UiOptions options, ConversationActions actions) {
        HTMLElement host = doc.createElement("div");
        host.setAttribute("id", HOST_ID);
        host.setAttribute("lang", config.locale);
        JSObject shadow = Dom.attachShadowOrNull(host);
        JSObject mountPoint = shadow != null ? shadow : host;
        String css = Styles.css(shadow != null, config.color, Contrast.forWhiteText(config.color), config.leftSide,
                options.zIndex);
        // Constructable sheets are exempt from the page's CSP style-src; else a <style>, with the page's nonce.
        if (!Dom.adoptStyles(shadow, css)) {
            HTMLElement style = doc.createElement("style");
            if (options.nonce != null) {
                style.setAttribute("nonce", options.nonce);
            }
            style.setTextContent(css);
            Dom.append(mountPoint, style);
        }
        WidgetView view = new WidgetView(host, Strings.forLocale(config.locale), actions);
        view.build(options.theme);
        Dom.append(mountPoint, view.root);
        doc.getBody().appendChild(host);
        if (shadow != null) {
            Dom.toTopLayer(host);
        }
        view.stopFollowingKeyboard = KeyboardInset.follow(view.root);
        return view;
    }

    private void build(String theme) {
        if (theme != null) {
            root.setAttribute("class", "wy-root wy-" + theme);
        }
        root.appendChild(launcher.root);
        panel.setAttribute("id", "wy-panel");
        panel.setAttribute("part", "panel");
        panel.setAttribute("role", "dialog");
        panel.setAttribute("aria-labelledby", "wy-title");
        panel.setAttribute("aria-modal", "false");
        panel.setAttribute("tabindex", "-1");
        panel.setHidden(true);
        panel.appendChild(header.root);
        HTMLElement body = Html.add(panel, Html.el("div", "wy-body"));
        body.appendChild(list.root);
        body.appendChild(composer.root);
        body.appendChild(toaster.root);
        body.appendChild(rateForm.sheet.form);
        body.appendChild(leaveForm.sheet.form);
        body.appendChild(viewer.root);
        root.appendChild(panel);
        live.setAttribute("aria-live", "polite");
        live.setAttribute("part", "announcer");
        root.appendChild(live);

        Html.onClick(launcher.root, 0, this);
        Html.onClick(header.close, 1, this);
        Html.onClick(header.rate, 2, this);
        // Key events from inside the shadow root reach the host, retargeted.
        Html.on(host, "keydown", 3, this);
        stopWatchingVisibility = Html.onDocument("visibilitychange", 4, this);
    }

    /**
     * code: 0 launcher, 1 close, 2 rate clicked; 3 a key went down anywhere in the widget;
     * 4 the page was hidden or shown; 5 the title flash ticks.
     */
    @Override
    public void act(int code, Event e) {
        if (code == 5) {
            PageVisibility.setTitle(flash.tick());
        } else if (code == 4) {
            visibilityChanged();
        } else if (code == 0) {
            toggle();
        } else if (code == 1) {
            close();
        } else if (code == 2) {
            rateForm.open(header.rate);
        } else {
            KeyboardEvent key = (KeyboardEvent) e;
            if (open && Keys.isEscape(key.getKey(), key.getKeyCode())) {
                e.preventDefault();
                escape();
            }
        }
    }

    /** Removes the widget from the page with its listeners and timers, and gives the tab its title back. */
    public void unmount() {
        if (flashTimer >= 0) {
            Window.clearInterval(flashTimer);
            flashTimer = -1;
            PageVisibility.setTitle(flash.stop());
        }
        if (stopWatchingVisibility != null) {
            stopWatchingVisibility.run();
        }
        if (stopFollowingKeyboard != null) {
            stopFollowingKeyboard.run();
        }
        Dom.remove(host);
    }

    /** Escape closes the innermost thing first: the image, the emoji row, a form, then the panel. */
    private void escape() {
        if (viewer.isOpen()) {
            viewer.close();
        } else if (composer.emoji.isOpen()) {
            composer.emoji.close(true);
        } else if (rateForm.sheet.isOpen()) {
            rateForm.sheet.close();
        } else if (leaveForm.sheet.isOpen()) {
            leaveForm.sheet.close();
        } else {
            close();
        }
    }

    public boolean isOpen() {
        return open;
    }

    public void toggle() {
        if (open) {
            close();
        } else {
            open();
        }
    }

    public void open() {
        if (open) {
            return;
        }
        open = true;
        panel.setHidden(false);
        Html.toggleClass(root, "wy-open", true);
        launcher.expanded(true);
        list.scrollToEnd();
        composer.input.focus();
        actions.panelOpened();
    }

    public void close() {
        if (!open) {
            return;
        }
        open = false;
        panel.setHidden(true);
        Html.toggleClass(root, "wy-open", false);
        launcher.expanded(false);
        launcher.root.focus();
        actions.panelClosed();
    }

    @Override
    public void messageAdded(ChatMessage message, int index) {
        list.add(message, index);
        boolean newest = index < 0 || index >= list.size() - 1;
        if (newest && MessageKind.isFromOthers(message)) {
            announce(message);
            if (PageVisibility.isHidden()) {
                flash.messageArrived(PageVisibility.title());
                if (flashTimer < 0) {
                    flashTimer = Html.every(1000, 5, this);
                }
            }
        }
    }

    private void announce(ChatMessage m) {
        int kind = MessageKind.of(m);
        String what = kind == MessageKind.IMAGE ? text.get(Strings.IMAGE)
                : kind == MessageKind.FILE ? text.get(Strings.FILE) + " " + Attachment.of(m.content).name
                : m.content == null ? "" : m.content;
        String who = kind == MessageKind.SYSTEM || m.userNickname == null || m.userNickname.isEmpty() ? ""
                : m.userNickname + ": ";
        live.setTextContent(who + what);
    }

    private void visibilityChanged() {
        if (!PageVisibility.isHidden() && flash.isActive()) {
            Window.clearInterval(flashTimer);
            flashTimer = -1;
            PageVisibility.setTitle(flash.stop());
        }
    }

    @Override
    public void messageUpdated(ChatMessage message) {
        list.update(message);
    }

    @Override
    public void typingChanged(boolean typing) {
        list.showTyping(typing);
    }

    @Override
    public void processingChanged(boolean processing) {
        list.showProcessing(processing);
    }

    @Override
    public void leaveMessageOffered() {
        leaveForm.open(composer.input);
    }

    @Override
    public void rateOffered() {
        rateForm.open(composer.input);
    }

    @Override
    public void toast(String key) {
        toaster.show(text.toast(key));
    }

    @Override
    public void headerChanged(String title, String avatarUrl, boolean online) {
        header.set(title, avatarUrl, online);
    }

    @Override
    public void connectionChanged(String state) {
        header.connection(state);
    }

    @Override
    public void unreadChanged(int count) {
        launcher.unread(count);
    }
}
