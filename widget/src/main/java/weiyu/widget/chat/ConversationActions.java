package weiyu.widget.chat;

/** What the UI asks of the conversation, one method per visitor action. */
public interface ConversationActions {
    /**
     * The longest text {@link #sendText} is given: far inside the server's 128 KiB frame limit
     * even when every character takes three bytes. Callers refuse longer text visibly.
     */
    int MAX_TEXT_LENGTH = 10000;

    /** The panel opened (starts the conversation on first open; clears unread). */
    void panelOpened();

    void panelClosed();

    void sendText(String text);

    /** The visitor is typing in the composer (throttled inside). */
    void typing();

    /** Uploads then sends an image or a file; {@code file} is the browser's File, opaque here. */
    void sendFile(Object file, String fileName, String mimeType, int size, boolean image);

    /** Sends the failed message {@code uid} again. */
    void retry(String uid);

    /** Recalls an own message (within 2 minutes). */
    void recall(String uid);

    void rate(int score, boolean resolved, String comment);

    void leaveMessage(String nickname, String contact, String content);

    /** The visitor's sound preference (persisted). */
    void setSoundEnabled(boolean enabled);
}
