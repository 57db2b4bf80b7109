package weiyu.server.chat;

/** What {@link ChatService#handle} did: the message as published (and stored, if it is kept). */
public record Handled(ChatMessage message, String json, Outcome outcome) {
    public enum Outcome {
        /** A new message, now on disk. */
        STORED,
        /** Its uid was stored before (a client retry): the stored one is returned and published again. */
        DUPLICATE,
        /** A RECALL or receipt: the target's status was updated (or already was as asked). */
        TARGET_UPDATED,
        /** A signal (TYPING, ...): published only. */
        PASSED_ON
    }
}
