package weiyu.widget.chat;

/** The sound and the unread badge: how a new message from the agent side gets noticed. */
final class Attention {
    private final ChatState s;
    private final String soundKey;
    private boolean soundOn;
    private int unread;

    Attention(ChatState state) {
        this.s = state;
        this.soundKey = state.keyPrefix.concat("sound");
        this.soundOn = !"off".equals(state.io.store.get(soundKey));
    }

    /** A new message from others: counts while the panel is closed, and rings if {@code ring}. */
    void arrived(boolean ring) {
        if (ring && soundOn) {
            s.io.sound.play();
        }
        if (!s.panelOpen) {
            unread++;
            s.listener.unreadChanged(unread);
        }
    }

    void clearUnread() {
        if (unread != 0) {
            unread = 0;
            s.listener.unreadChanged(0);
        }
    }

    int unread() {
        return unread;
    }

    boolean soundOn() {
        return soundOn;
    }

    void setSoundOn(boolean on) {
        soundOn = on;
        if (on) {
            s.io.store.remove(soundKey);
        } else {
            s.io.store.set(soundKey, "off");
        }
    }
}
