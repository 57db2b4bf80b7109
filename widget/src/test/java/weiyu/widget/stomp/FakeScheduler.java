package weiyu.widget.stomp;

import java.util.ArrayList;

/** A manual clock: tasks run only when the test advances time, in due-time order. */
public final class FakeScheduler implements Scheduler {
    private double now;
    private long sequence;
    private final ArrayList<Task> tasks = new ArrayList<>();

    final class Task implements Cancellable {
        final double due;
        final long order = sequence++;
        final Runnable runnable;
        boolean cancelled;
        final double delay;

        Task(double due, double delay, Runnable runnable) {
            this.due = due;
            this.delay = delay;
            this.runnable = runnable;
        }

        @Override
        public void cancel() {
            cancelled = true;
            tasks.remove(this);
        }
    }

    @Override
    public double now() {
        return now;
    }

    @Override
    public Cancellable schedule(double delayMs, Runnable task) {
        if (delayMs < 0 || Double.isNaN(delayMs)) {
            throw new AssertionError("bad delay " + delayMs);
        }
        Task t = new Task(now + delayMs, delayMs, task);
        tasks.add(t);
        return t;
    }

    /** Moves the clock forward, running every task that falls due on the way. */
    public void advance(double ms) {
        double target = now + ms;
        while (true) {
            Task next = null;
            for (Task t : tasks) {
                if (t.due <= target && (next == null || t.due < next.due
                        || (t.due == next.due && t.order < next.order))) {
                    next = t;
                }
            }
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = Math.max(now, next.due);
            next.runnable.run();
        }
        now = target;
    }

    public int pending() {
        return tasks.size();
    }

    /** The delay the most recently scheduled, still pending task was given. */
    double lastDelay() {
        return tasks.get(tasks.size() - 1).delay;
    }
}
