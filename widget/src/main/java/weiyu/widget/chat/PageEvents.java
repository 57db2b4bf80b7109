package weiyu.widget.chat;

/** Hooks for the embedding page (the entry point turns them into DOM events / callbacks). */
public interface PageEvents {
    /** An agent sent INVITE_VISITOR: the page may open the panel or show its own prompt. */
    void visitorInvited(ChatMessage invitation);
}
