package weiyu.widget.chat;

import weiyu.widget.util.SmallList;

/**
 * The conversation as the UI shows it: ordered, keyed by uid, so an echo, a replay or a
 * history page never shows a message twice. A shown message keeps its place (the UI has no
 * "move"); live messages are appended in arrival order, history is inserted by createdAt.
 *
 * <p>createdAt of the visitor's own unconfirmed messages is the browser's clock, not the
 * server's (another time zone, another clock), so history never sorts against them: such
 * "local time" entries count as later than any server time (the server stamps a message when
 * it arrives, so this is also the truth).
 */
final class MessageList {
    private final ConversationListener listener;
    private final SmallList<Entry> entries = new SmallList<>();

    private static final class Entry {
        final ChatMessage message;
        boolean serverTime;
        /** Wall-clock ms when the visitor sent it in this page, NaN otherwise (recall window). */
        double sentAt = Double.NaN;

        Entry(ChatMessage message, boolean serverTime) {
            this.message = message;
            this.serverTime = serverTime;
        }
    }

    MessageList(ConversationListener listener) {
        this.listener = listener;
    }

    int size() {
        return entries.size();
    }

    ChatMessage get(int index) {
        return entries.get(index).message;
    }

    ChatMessage find(String uid) {
        Entry e = entry(uid);
        return e == null ? null : e.message;
    }

    /** Whether the server's own copy of {@code uid} was seen (an echo, a delivery, history). */
    boolean hasServerCopy(String uid) {
        Entry e = entry(uid);
        return e != null && e.serverTime;
    }

    double sentAt(String uid) {
        Entry e = entry(uid);
        return e == null ? Double.NaN : e.sentAt;
    }

    /** Shows the visitor's own new message at the end. */
    void appendOwn(ChatMessage message, double sentAt) {
        Entry e = add(entries.size(), message, false);
        if (e != null) {
            e.sentAt = sentAt;
        }
    }

    /** Shows a message that came live from the server, at the end; false when already shown. */
    boolean appendLive(ChatMessage message) {
        return add(entries.size(), message, true) != null;
    }

    /** Shows a history message at its createdAt place; false when already shown. */
    boolean insertByTime(ChatMessage message) {
        String key = IsoTime.sortKey(message.createdAt);
        int at = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.serverTime && IsoTime.sortKey(e.message.createdAt).compareTo(key) <= 0) {
                at = i + 1;
                break;
            }
        }
        return add(at, message, true) != null;
    }

    /**
     * Takes the server's copy of a shown message: its status (unless a receipt status is
     * already further on) and createdAt. Tells the UI when something it draws changed.
     */
    void mergeServerCopy(ChatMessage copy) {
        Entry e = entry(copy.uid);
        if (e == null) {
            return;
        }
        ChatMessage shown = e.message;
        boolean changed = false;
        if (copy.status != null && !copy.status.equals(shown.status) && !MessageTypes.RECALL.equals(shown.type)
                && (MessageTypes.advances(shown.status, copy.status) || !MessageTypes.advances(copy.status, shown.status))) {
            shown.status = copy.status;
            changed = true;
        }
        if (copy.createdAt != null) {
            shown.createdAt = copy.createdAt;
            e.serverTime = true;
        }
        if (changed) {
            listener.messageUpdated(shown);
        }
    }

    /** Sets the status of a shown message and tells the UI. */
    void setStatus(String uid, String status) {
        ChatMessage m = find(uid);
        if (m != null && status != null && !status.equals(m.status)) {
            m.status = status;
            listener.messageUpdated(m);
        }
    }

    /** A receipt from the agent: DELIVERED or READ, never back from READ to DELIVERED. */
    void applyReceipt(String uid, String status) {
        ChatMessage m = find(uid);
        if (m != null && MessageTypes.advances(m.status, status)) {
            m.status = status;
            listener.messageUpdated(m);
        }
    }

    /** Replaces the message with a "message recalled" line: type and status RECALL, no content. */
    void recall(String uid) {
        ChatMessage m = find(uid);
        if (m != null && !MessageTypes.RECALL.equals(m.type)) {
            m.type = MessageTypes.RECALL;
            m.status = MessageTypes.RECALL;
            m.content = "";
            listener.messageUpdated(m);
        }
    }

    private Entry add(int index, ChatMessage message, boolean serverTime) {
        if (entry(message.uid) != null) {
            return null;
        }
        Entry e = new Entry(message, serverTime);
        entries.add(index, e);
        listener.messageAdded(message, index);
        return e;
    }

    private Entry entry(String uid) {
        if (uid == null) {
            return null;
        }
        // Newest first: lookups are almost always about recent messages.
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (uid.equals(e.message.uid)) {
                return e;
            }
        }
        return null;
    }
}
