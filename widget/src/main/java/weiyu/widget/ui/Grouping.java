package weiyu.widget.ui;

import weiyu.widget.chat.ChatMessage;

/**
 * Where the list needs a day separator, and when a message continues the previous one's
 * group (same sender, same day, within five minutes), so its avatar and name are not repeated.
 */
public final class Grouping {
    private static final int GROUP_MINUTES = 5;

    private Grouping() {
    }

    /** Unknown times never start a new day (they follow their neighbour). */
    public static boolean newDay(int previousMinutes, int minutes) {
        if (minutes == ChatTime.UNKNOWN) {
            return false;
        }
        return previousMinutes == ChatTime.UNKNOWN || ChatTime.day(previousMinutes) != ChatTime.day(minutes);
    }

    /** Senders are {@link ChatMessage.Sender} values; system lines (or unknown senders) stand alone. */
    public static boolean continues(int previousSender, String previousName, int previousMinutes, int sender,
            String name, int minutes) {
        if (sender != previousSender || (sender != ChatMessage.Sender.SELF && sender != ChatMessage.Sender.AGENT)
                || newDay(previousMinutes, minutes)) {
            return false;
        }
        if (name == null ? previousName != null : !name.equals(previousName)) {
            return false;
        }
        return minutes == ChatTime.UNKNOWN || minutes - previousMinutes <= GROUP_MINUTES;
    }
}
