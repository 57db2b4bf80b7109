package weiyu.widget.chat;

import java.util.ArrayList;
import java.util.List;

/** Plays the UI: keeps the shown list as the UI would, and a log of everything else. */
final class RecordingListener implements ConversationListener {
    final List<ChatMessage> shown = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<String> toasts = new ArrayList<>();
    final List<String> connection = new ArrayList<>();
    int updates;
    int unread;
    String title;
    boolean online;
    boolean typing;
    boolean processing;

    @Override
    public void messageAdded(ChatMessage message, int index) {
        for (ChatMessage m : shown) {
            if (m.uid.equals(message.uid)) {
                throw new AssertionError("shown twice: " + message.uid);
            }
        }
        shown.add(index, message);
    }

    @Override
    public void messageUpdated(ChatMessage message) {
        if (!shown.contains(message)) {
            throw new AssertionError("update of a message not shown: " + message.uid);
        }
        updates++;
    }

    @Override
    public void typingChanged(boolean typing) {
        this.typing = typing;
        events.add("typing " + typing);
    }

    @Override
    public void processingChanged(boolean processing) {
        this.processing = processing;
        events.add("processing " + processing);
    }

    @Override
    public void leaveMessageOffered() {
        events.add("leaveMessageOffered");
    }

    @Override
    public void rateOffered() {
        events.add("rateOffered");
    }

    @Override
    public void toast(String key) {
        toasts.add(key);
    }

    @Override
    public void headerChanged(String title, String avatarUrl, boolean online) {
        this.title = title;
        this.online = online;
        events.add("header " + title + " " + avatarUrl + " " + online);
    }

    @Override
    public void connectionChanged(String state) {
        connection.add(state);
    }

    @Override
    public void unreadChanged(int count) {
        unread = count;
    }

    /** "uid:status" of every shown message, in order. */
    List<String> statuses() {
        List<String> out = new ArrayList<>();
        for (ChatMessage m : shown) {
            out.add(m.uid + ":" + m.status);
        }
        return out;
    }

    List<String> uids() {
        List<String> out = new ArrayList<>();
        for (ChatMessage m : shown) {
            out.add(m.uid);
        }
        return out;
    }

    ChatMessage find(String uid) {
        for (ChatMessage m : shown) {
            if (m.uid.equals(uid)) {
                return m;
            }
        }
        return null;
    }
}
