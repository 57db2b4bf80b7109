package weiyu.widget.browser;

import org.teavm.jso.JSBody;
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
        // Whole milliseconds: HtmlUnit never fires a timer whose delay has a fraction (jittered backoff has one).
        int id = Window.setTimeout(task::run, (int) Math.ceil(delayMs));
        return () -> Window.clearTimeout(id);
    }

    @JSBody(script = "return typeof performance !== 'undefined' && performance.now ? performance.now() : Date.now();")
    private static native double performanceNow();
}
