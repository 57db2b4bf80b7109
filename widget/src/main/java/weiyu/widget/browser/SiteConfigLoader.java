package weiyu.widget.browser;

/**
 * Fetches {@code <api>/config/<site>.json} once. The widget mounts when it arrives, so the
 * launcher is drawn in the site's colour from the start; if it is slow or missing the widget
 * mounts without it after {@link #WAIT_MS} (the request's timeout ends it, so a late answer
 * never comes).
 */
public final class SiteConfigLoader {
    /** Long enough for a healthy server, short enough that a dead one does not hide the widget. */
    public static final int WAIT_MS = 1500;

    private SiteConfigLoader() {
    }

    /**
     * {@code done} gets the status and the text: the site config when the status is 200
     * ({@link SettingsObject#fromJson} reads it); 0 when none came in time or the request
     * could not be sent.
     */
    public static void load(String url, BrowserHttp.Answer done) {
        BrowserHttp.request("GET", url, null, null, WAIT_MS, done);
    }
}
