package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.browser.Window;
import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.Scheduler;

/** setTimeout and a monotonic clock (performance.now) for the sans-IO engines. */
public final class BrowserScheduler implements Scheduler {
    @Override
    public double now() {
        return performanceNow();
    }

    @Override
    public Cancellable schedule(double delayMs, Runnable task) {
        Timer timer = new Timer(task);
        // Whole milliseconds: HtmlUnit never fires a timer whose delay has a fraction (jittered backoff has one).
        timer.id = Window.setTimeout(timer, (int) Math.ceil(delayMs));
        return timer;
    }

    /** One setTimeout: its handler and its handle (one object rather than two lambdas). */
    private static final class Timer implements TimerHandler, Cancellable {
        private final Runnable task;
        int id;

        Timer(Runnable task) {
            this.task = task;
        }

        @Override
        public void onTimer() {
            task.run();
        }

        @Override
        public void cancel() {
            Window.clearTimeout(id);
        }
    }

    @JSBody(script = "return typeof performance !== 'undefined' && performance.now ? performance.now() : Date.now();")
    private static native double performanceNow();
}
