package weiyu.widget.chat;

/**
 * What the conversation tells the UI. The UI renders; it never decides protocol matters.
 * Every string here is data: the UI sets it as text, never as markup.
 */
public interface ConversationListener {
    /** A message to show, at its place in the ordered list (index 0 = oldest). */
    void messageAdded(ChatMessage message, int index);

    /** A shown message changed (status, or content after RECALL). */
    void messageUpdated(ChatMessage message);

    /** The agent is typing (true) or stopped / the next message came (false). */
    void typingChanged(boolean typing);

    /** The agent side is processing (robot thinking, transfer...). */
    void processingChanged(boolean processing);

    /** Nobody is online: offer the leave-a-message form. */
    void leaveMessageOffered();

    /** The agent invited a rating (RATE_INVITE) or the thread closed: offer the rating form. */
    void rateOffered();

    /** A transient notice; {@code key} names a string of the locale (e.g. "rated", "messageLeft", "sendFailed"). */
    void toast(String key);

    /** Header information: agent or workgroup name, avatar URL (may be null), online or not. */
    void headerChanged(String title, String avatarUrl, boolean online);

    /** Connection state for an indicator: "connecting", "online", "reconnecting", "offline". */
    void connectionChanged(String state);

    /** Unread count for the launcher badge (messages from others while the panel is closed). */
    void unreadChanged(int count);
}
