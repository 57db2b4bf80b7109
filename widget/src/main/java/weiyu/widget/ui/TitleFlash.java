package weiyu.widget.ui;

/**
 * The tab title while the page is hidden and messages arrive: it alternates between
 * "(2) New message" and the page's own title on every tick, and gives the original back.
 */
public final class TitleFlash {
    private final String notice;
    private String original;
    private int count;
    private boolean showingNotice;

    /** @param notice the locale's "New message" */
    public TitleFlash(String notice) {
        this.notice = notice;
    }

    /** A message arrived while hidden; {@code currentTitle} is remembered on the first one. */
    public void messageArrived(String currentTitle) {
        if (count == 0) {
            original = currentTitle;
        }
        count++;
    }

    public boolean isActive() {
        return count > 0;
    }

    /** The title to show now; call on a timer while active. */
    public String tick() {
        showingNotice = !showingNotice;
        return showingNotice ? "(" + count + ") " + notice : original;
    }

    /** The page is visible again: the title to restore (null if nothing was changed). */
    public String stop() {
        String restore = count > 0 ? original : null;
        count = 0;
        showingNotice = false;
        return restore;
    }
}
