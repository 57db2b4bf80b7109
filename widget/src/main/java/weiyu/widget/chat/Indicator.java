package weiyu.widget.chat;

import weiyu.widget.stomp.Cancellable;

/**
 * An on/off indicator of the agent side ("typing" or "processing") that a signal turns on
 * and that turns itself off when the signals stop. It is its own hide timer's task.
 */
final class Indicator implements Runnable {
    /** TYPING signals repeat while the agent types; silence this long means they stopped. */
    static final int TYPING_SHOWN_MS = 5000;
    /** A processing robot or transfer that never answers must not spin forever. */
    static final int PROCESSING_SHOWN_MS = 60000;

    private final ChatState s;
    private final int shownMs;
    /** Which of the listener's indicators this is: typing, else processing. */
    private final boolean typing;
    private Cancellable timer;
    private boolean on;

    Indicator(ChatState state, int shownMs, boolean typing) {
        this.s = state;
        this.shownMs = shownMs;
        this.typing = typing;
    }

    /** On, for {@code shownMs} from now (a repeated signal extends it). */
    void show() {
        cancelTimer();
        timer = s.io.scheduler.schedule(shownMs, this);
        if (!on) {
            on = true;
            display();
        }
    }

    void hide() {
        cancelTimer();
        if (on) {
            on = false;
            display();
        }
    }

    /** The hide timer fired: the signals stopped. */
    @Override
    public void run() {
        hide();
    }

    private void display() {
        if (typing) {
            s.listener.typingChanged(on);
        } else {
            s.listener.processingChanged(on);
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
