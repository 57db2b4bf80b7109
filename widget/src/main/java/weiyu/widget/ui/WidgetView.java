package weiyu.widget.ui;

import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;
import weiyu.widget.config.WidgetConfig;

/**
 * The host element, the launcher bubble and the chat panel, in the structure of the embed
 * contract: one tree, inside an open shadow root where the browser has one, else directly
 * inside {@code #weiyu-widget} with scoped styles.
 */
public final class WidgetView {
    public static final String HOST_ID = "weiyu-widget";

    private final HTMLElement host;
    private final HTMLElement launcher;
    private final HTMLElement panel;
    private final HTMLElement closeButton;
    private boolean open;

    private WidgetView(HTMLElement host, HTMLElement launcher, HTMLElement panel, HTMLElement closeButton) {
        this.host = host;
        this.launcher = launcher;
        this.panel = panel;
        this.closeButton = closeButton;
    }

    /** Builds the widget into the page and wires its controls. */
    public static WidgetView mount(HTMLDocument doc, WidgetConfig config) {
        Strings text = Strings.forLocale(config.locale);
        HTMLElement host = doc.createElement("div");
        host.setAttribute("id", HOST_ID);
        host.setAttribute("lang", config.locale);
        JSObject shadow = Dom.attachShadowOrNull(host);
        JSObject root = shadow != null ? shadow : host;

        HTMLElement style = doc.createElement("style");
        style.setTextContent(Styles.css(shadow != null, config.color, config.leftSide));
        Dom.append(root, style);

        HTMLElement launcher = doc.createElement("button");
        launcher.setAttribute("type", "button");
        launcher.setAttribute("part", "launcher");
        launcher.setAttribute("class", "wy-launcher");
        launcher.setAttribute("aria-label", text.openChat);
        launcher.setAttribute("aria-expanded", "false");
        launcher.setAttribute("aria-controls", "wy-panel");
        launcher.appendChild(Dom.icon(Icons.CHAT));
        Dom.append(root, launcher);

        HTMLElement panel = doc.createElement("div");
        panel.setAttribute("id", "wy-panel");
        panel.setAttribute("part", "panel");
        panel.setAttribute("class", "wy-panel");
        panel.setAttribute("role", "dialog");
        panel.setAttribute("aria-labelledby", "wy-title");
        panel.setAttribute("tabindex", "-1");
        panel.setHidden(true);

        HTMLElement header = doc.createElement("div");
        header.setAttribute("class", "wy-header");
        HTMLElement titles = doc.createElement("div");
        titles.setAttribute("class", "wy-titles");
        HTMLElement title = doc.createElement("h2");
        title.setAttribute("id", "wy-title");
        title.setAttribute("class", "wy-title");
        title.setTextContent(text.panelTitle);
        HTMLElement subtitle = doc.createElement("p");
        subtitle.setAttribute("class", "wy-subtitle");
        subtitle.setTextContent(text.panelSubtitle);
        titles.appendChild(title);
        titles.appendChild(subtitle);
        HTMLElement close = doc.createElement("button");
        close.setAttribute("type", "button");
        close.setAttribute("part", "close");
        close.setAttribute("class", "wy-close");
        close.setAttribute("aria-label", text.closeChat);
        close.appendChild(Dom.icon(Icons.CLOSE));
        header.appendChild(titles);
        header.appendChild(close);

        HTMLElement body = doc.createElement("div");
        body.setAttribute("part", "messages");
        body.setAttribute("class", "wy-body");
        panel.appendChild(header);
        panel.appendChild(body);
        Dom.append(root, panel);

        doc.getBody().appendChild(host);
        WidgetView view = new WidgetView(host, launcher, panel, close);
        view.wire();
        return view;
    }

    private void wire() {
        launcher.addEventListener("click", evt -> toggle());
        closeButton.addEventListener("click", evt -> close());
        // Key events from inside the shadow root reach the host, retargeted.
        host.addEventListener("keydown", evt -> {
            KeyboardEvent key = (KeyboardEvent) evt;
            if (open && Keys.isEscape(key.getKey(), key.getKeyCode())) {
                evt.preventDefault();
                close();
            }
        });
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
        launcher.setAttribute("aria-expanded", "true");
        closeButton.focus();
    }

    public void close() {
        if (!open) {
            return;
        }
        open = false;
        panel.setHidden(true);
        launcher.setAttribute("aria-expanded", "false");
        launcher.focus();
    }
}
