package weiyu.widget.browser;

import org.teavm.jso.browser.Window;
import org.teavm.jso.ajax.XMLHttpRequest;
import weiyu.widget.config.WidgetConfig;

/**
 * Fetches {@code <api>/config/<site>.json} once. The widget mounts when it arrives, so the
 * launcher is drawn in the site's colour from the start; if it is slow or missing the widget
 * mounts without it after {@link #WAIT_MS}, and a late answer is ignored.
 */
public final class SiteConfigLoader {
    /** Long enough for a healthy server, short enough that a dead one does not hide the widget. */
    public static final int WAIT_MS = 1500;

    public interface Done {
        /** @param siteConfig the site's settings, or null when none came in time */
        void loaded(WidgetConfig.Source siteConfig);
    }

    private SiteConfigLoader() {
    }

    public static void load(String url, Done done) {
        boolean[] answered = {false};
        int timer = Window.setTimeout(() -> finish(answered, done, null), WAIT_MS);
        XMLHttpRequest xhr = XMLHttpRequest.create();
        xhr.onComplete(() -> {
            Window.clearTimeout(timer);
            int status = xhr.getStatus();
            finish(answered, done, status == 200 ? SettingsObject.fromJson(xhr.getResponseText()) : null);
        });
        try {
            xhr.open("GET", url);
            xhr.send();
        } catch (Throwable e) {
            Window.clearTimeout(timer);
            finish(answered, done, null);
        }
    }

    private static void finish(boolean[] answered, Done done, WidgetConfig.Source siteConfig) {
        if (!answered[0]) {
            answered[0] = true;
            done.loaded(siteConfig);
        }
    }
}
