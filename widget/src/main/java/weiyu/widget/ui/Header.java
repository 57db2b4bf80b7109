package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;
import weiyu.widget.chat.ConversationActions;

/** The panel's header: avatar with presence dot, agent or workgroup name, status line, rate, sound and close. */
final class Header implements Html.Action {
    final HTMLElement root = Html.el("div", "wy-header");
    final HTMLElement rate;
    final HTMLElement close;
    private final HTMLElement avatar;
    private final HTMLElement title;
    private final HTMLElement status;
    private final HTMLElement sound;
    private final Strings text;
    private final ConversationActions actions;
    private String name;
    private boolean online = true;
    private String connection = "online";
    private boolean soundOn = true;

    Header(Strings text, ConversationActions actions) {
        this.text = text;
        name = text.get(Strings.PANEL_TITLE);
        HTMLElement who = Html.add(root, Html.el("div", "wy-who"));
        avatar = Html.add(who, Avatar.of(name, null, text.get(Strings.AGENT), "wy-av wy-av-lg"));
        HTMLElement titles = Html.add(who, Html.el("div", "wy-titles"));
        title = Html.add(titles, Html.text("h2", "wy-title", name));
        title.setAttribute("id", "wy-title");
        title.setAttribute("dir", "auto");
        status = Html.add(titles, Html.el("p", "wy-status"));
        rate = Html.add(root, Html.button("wy-icon-btn", text.get(Strings.RATE), Icons.STAR));
        sound = Html.add(root, Html.button("wy-icon-btn", text.get(Strings.SOUND), Icons.SOUND_ON));
        sound.setAttribute("aria-pressed", "true");
        this.actions = actions;
        Html.onClick(sound, 0, this);
        close = Html.add(root, Html.button("wy-icon-btn", text.get(Strings.CLOSE_CHAT), Icons.CHEVRON));
        close.setAttribute("part", "close");
        renderStatus();
    }

    @Override
    public void act(int code, Event e) {
        soundOn = !soundOn;
        sound.setAttribute("aria-pressed", soundOn ? "true" : "false");
        sound.setTextContent("");
        sound.appendChild(Dom.icon(soundOn ? Icons.SOUND_ON : Icons.SOUND_OFF));
        actions.setSoundEnabled(soundOn);
    }

    void set(String newTitle, String avatarUrl, boolean isOnline) {
        name = newTitle == null || newTitle.trim().isEmpty() ? text.get(Strings.PANEL_TITLE) : newTitle;
        online = isOnline;
        title.setTextContent(name);
        Avatar.fill(avatar, name, avatarUrl, text.get(Strings.AGENT));
        renderStatus();
    }

    void connection(String state) {
        connection = state == null ? "online" : state;
        renderStatus();
    }

    private void renderStatus() {
        String line;
        String dot;
        if ("connecting".equals(connection)) {
            line = text.get(Strings.CONNECTING);
            dot = "away";
        } else if ("reconnecting".equals(connection) || "offline".equals(connection)) {
            line = text.get(Strings.RECONNECTING);
            dot = "away";
        } else {
            line = online ? text.get(Strings.ONLINE) + " · " + text.get(Strings.PANEL_SUBTITLE)
                    : text.get(Strings.OFFLINE);
            dot = online ? "on" : "off";
        }
        status.setTextContent(line);
        avatar.setAttribute("data-presence", dot);
    }
}
