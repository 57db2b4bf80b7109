package weiyu.widget.ui;

import weiyu.widget.chat.ChatMessage;

/** How a message is drawn: a text bubble, an image, a file card, a centred system line, or "recalled". */
public final class MessageKind {
    public static final int TEXT = 0;
    public static final int IMAGE = 1;
    public static final int FILE = 2;
    public static final int SYSTEM = 3;
    public static final int RECALLED = 4;

    private MessageKind() {
    }

    public static int of(ChatMessage m) {
        if ("RECALL".equals(m.type) || "RECALL".equals(m.status)) {
            return RECALLED;
        }
        if (m.sender == ChatMessage.Sender.SYSTEM || m.sender == 0) {
            return SYSTEM;
        }
        if ("IMAGE".equals(m.type)) {
            return IMAGE;
        }
        if ("FILE".equals(m.type) || "AUDIO".equals(m.type) || "VIDEO".equals(m.type)) {
            return FILE;
        }
        return TEXT;
    }

    /** Messages that say something (worth a sound, an unread flash, an announcement). */
    public static boolean isFromOthers(ChatMessage m) {
        return m.sender != ChatMessage.Sender.SELF;
    }
}
