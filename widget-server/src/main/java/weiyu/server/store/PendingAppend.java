package weiyu.server.store;

/** One append waiting for the group commit that will write it. Set once, under the store's lock. */
final class PendingAppend {
    final NewMessage message;
    private Store.Appended result;
    private StoreException failure;
    private boolean done;

    PendingAppend(NewMessage message) {
        this.message = message;
    }

    synchronized boolean isDone() {
        return done;
    }

    synchronized void succeed(Store.Appended appended) {
        result = appended;
        done = true;
    }

    synchronized void fail(StoreException e) {
        failure = e;
        done = true;
    }

    /** Called after the caller held the store's lock, so the commit that wrote it is complete. */
    synchronized Store.Appended result() {
        if (failure != null) {
            throw failure;
        }
        if (!done) {
            throw new IllegalStateException("append not committed");
        }
        return result;
    }
}
