package weiyu.widget.ui;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import weiyu.widget.browser.Dom;
import weiyu.widget.chat.ChatMessage;
import weiyu.widget.chat.ConversationActions;

/**
 * One message in the list: avatar, name, bubble (text with links, image thumbnail, file
 * card or a centred system line), time and, on own messages, the delivery status.
 */
final class MessageRow implements Html.Action {
    private static final int RECALL_MINUTES = 2;

    final HTMLElement root = Html.el("div", null);
    HTMLElement separator;
    ChatMessage message;
    int minutes;
    private String thumbSrc;

    private final Strings text;
    private final ConversationActions actions;
    private final ImageViewer viewer;

    MessageRow(Strings text, ConversationActions actions, ImageViewer viewer) {
        this.text = text;
        this.actions = actions;
        this.viewer = viewer;
        root.setAttribute("part", "message");
    }

    void render(ChatMessage m, int nowMinutes) {
        message = m;
        boolean self = m.sender == ChatMessage.Sender.SELF;
        boolean agent = m.sender == ChatMessage.Sender.AGENT;
        String from = self ? "self" : agent ? "agent" : "system";
        minutes = ChatTime.parse(m.createdAt, Clock.offsetMinutes());
        int kind = MessageKind.of(m);
        int status = MessageStatus.of(m.status);
        root.setTextContent("");
        root.setAttribute("data-uid", nonNull(m.uid));
        root.setAttribute("data-type", nonNull(m.type));
        root.setAttribute("data-status", MessageStatus.name(status));
        root.setAttribute("data-from", from);
        boolean line = kind == MessageKind.SYSTEM || kind == MessageKind.RECALLED;
        root.setAttribute("class", "wy-row wy-" + (line ? "system" : from));
        if (line) {
            String says = kind == MessageKind.SYSTEM ? nonNull(m.content)
                    : self ? text.get(Strings.RECALLED_SELF) : text.get(Strings.RECALLED_OTHER);
            HTMLElement sys = Html.add(root, Html.text("div", "wy-line", says));
            sys.setAttribute("dir", "auto");
            return;
        }
        if (agent) {
            root.appendChild(Avatar.of(m.userNickname, m.userAvatar, text.get(Strings.AGENT), "wy-av"));
        }
        HTMLElement column = Html.add(root, Html.el("div", "wy-col"));
        if (agent) {
            HTMLElement name = Html.add(column, Html.text("div", "wy-name", displayName(m)));
            name.setAttribute("dir", "auto");
        }
        column.appendChild(bubble(m, kind));
        HTMLElement meta = Html.add(column, Html.el("div", "wy-meta"));
        if (minutes != ChatTime.UNKNOWN) {
            Html.add(meta, Html.text("time", null, ChatTime.clock(minutes))).setAttribute("datetime", nonNull(m.createdAt));
        }
        if (self) {
            HTMLElement st = Html.add(meta, Html.el("span", "wy-st"));
            if (status == MessageStatus.DELIVERED || status == MessageStatus.READ || status == MessageStatus.SENT) {
                st.appendChild(Dom.icon(Icons.CHECK));
            }
            st.appendChild(Html.text("span", null, text.status(status)));
            if (status == MessageStatus.FAILED) {
                HTMLElement retry = Html.add(meta, Html.textButton("wy-link wy-retry", text.get(Strings.RETRY)));
                Html.onClick(retry, 0, this);
            } else if (status != MessageStatus.SENDING && minutes != ChatTime.UNKNOWN
                    && nowMinutes - minutes < RECALL_MINUTES) {
                HTMLElement recall = Html.add(meta, Html.textButton("wy-link wy-recall", text.get(Strings.RECALL)));
                Html.onClick(recall, 1, this);
            }
        }
    }

    /** code: 0 retry, 1 recall, 2 the image thumbnail; always about the message rendered last. */
    @Override
    public void act(int code, Event e) {
        if (code == 0) {
            actions.retry(message.uid);
        } else if (code == 1) {
            actions.recall(message.uid);
        } else {
            viewer.open(thumbSrc, (HTMLElement) e.getCurrentTarget());
        }
    }

    private String displayName(ChatMessage m) {
        return m.userNickname == null || m.userNickname.isEmpty() ? text.get(Strings.AGENT) : m.userNickname;
    }

    private HTMLElement bubble(ChatMessage m, int kind) {
        if (kind == MessageKind.IMAGE) {
            Attachment a = Attachment.of(m.content);
            String src = SafeUrl.image(a.url);
            if (src != null) {
                HTMLElement thumb = Html.el("button", "wy-thumb");
                thumb.setAttribute("type", "button");
                thumb.setAttribute("aria-label", text.get(Strings.IMAGE) + " " + a.name);
                HTMLElement img = Html.add(thumb, Html.el("img", null));
                img.setAttribute("alt", text.get(Strings.IMAGE));
                img.setAttribute("loading", "lazy");
                img.setAttribute("referrerpolicy", "no-referrer");
                img.setAttribute("src", src);
                thumbSrc = src;
                Html.onClick(thumb, 2, this);
                return thumb;
            }
        }
        if (kind == MessageKind.FILE || kind == MessageKind.IMAGE) {
            return fileCard(Attachment.of(m.content));
        }
        HTMLElement bubble = Html.el("div", "wy-bubble");
        bubble.setAttribute("dir", "auto");
        String[] runs = Linkify.split(nonNull(m.content));
        for (int i = 0; i < runs.length; i++) {
            String href = i % 2 == 1 ? SafeUrl.link(runs[i]) : null;
            if (href == null) {
                Dom.appendText(bubble, runs[i]);
            } else {
                bubble.appendChild(link(href, runs[i], null));
            }
        }
        return bubble;
    }

    private HTMLElement fileCard(Attachment a) {
        String href = SafeUrl.link(a.url);
        HTMLElement card = link(href, null, "wy-file");
        card.appendChild(Dom.icon(Icons.FILE));
        HTMLElement info = Html.add(card, Html.el("span", "wy-file-info"));
        String shown = a.name.isEmpty() ? text.get(Strings.FILE) : a.name;
        HTMLElement name = Html.add(info, Html.text("span", "wy-file-name", shown));
        name.setAttribute("dir", "auto");
        Html.add(info, Html.text("span", "wy-file-size", FileSize.format(a.size)));
        return card;
    }

    /** A link that opens in a new tab without giving it our window; without a safe href it is inert text. */
    private static HTMLElement link(String href, String label, String cls) {
        HTMLElement a = href == null ? Html.el("span", cls) : Html.el("a", cls);
        if (href != null) {
            a.setAttribute("href", href);
            a.setAttribute("target", "_blank");
            a.setAttribute("rel", "noopener noreferrer nofollow");
        }
        if (label != null) {
            a.setTextContent(label);
        }
        return a;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
