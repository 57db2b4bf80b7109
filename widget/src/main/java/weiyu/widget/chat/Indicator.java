package weiyu.widget.chat;

import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.Scheduler;

/** An on/off indicator that a signal turns on and that turns itself off when the signals stop. */
final class Indicator {
    interface Display {
        void changed(boolean on);
    }

    private final Scheduler scheduler;
    private final int shownMs;
    private final Display display;
    private final Runnable hide = this::hide;
    private Cancellable timer;
    private boolean on;

    Indicator(Scheduler scheduler, int shownMs, Display display) {
        this.scheduler = scheduler;
        this.shownMs = shownMs;
        this.display = display;
    }

    /** On, for {@code shownMs} from now (a repeated signal extends it). */
    void show() {
        cancelTimer();
        timer = scheduler.schedule(shownMs, hide);
        if (!on) {
            on = true;
            display.changed(true);
        }
    }

    void hide() {
        cancelTimer();
        if (on) {
            on = false;
            display.changed(false);
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
