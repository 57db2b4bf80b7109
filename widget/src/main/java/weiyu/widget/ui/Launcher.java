package weiyu.widget.ui;

import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;

/** The floating bubble ({@code part=launcher}) with its unread badge ({@code part=badge}). */
final class Launcher {
    final HTMLElement root;
    private final HTMLElement badge;
    private final Strings text;

    Launcher(Strings text) {
        this.text = text;
        root = Html.button("wy-launcher", text.get(Strings.OPEN_CHAT), null);
        root.setAttribute("part", "launcher");
        root.setAttribute("aria-expanded", "false");
        root.setAttribute("aria-controls", "wy-panel");
        root.removeAttribute("title");
        HTMLElement chat = Html.add(root, Dom.icon(Icons.CHAT));
        chat.setAttribute("class", "wy-i-chat");
        HTMLElement close = Html.add(root, Dom.icon(Icons.CHEVRON));
        close.setAttribute("class", "wy-i-close");
        badge = Html.add(root, Html.el("span", "wy-badge"));
        badge.setAttribute("part", "badge");
        badge.setAttribute("aria-hidden", "true");
        badge.setHidden(true);
    }

    void unread(int count) {
        badge.setHidden(count <= 0);
        badge.setTextContent(count > 99 ? "99+" : String.valueOf(count));
        String open = text.get(Strings.OPEN_CHAT);
        root.setAttribute("aria-label", count > 0 ? open + ", " + count + text.get(Strings.UNREAD) : open);
    }

    void expanded(boolean open) {
        root.setAttribute("aria-expanded", open ? "true" : "false");
    }
}
