package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Fetches {@code <api>/config/<site>.json} once. The widget mounts when it arrives, so the
 * launcher is drawn in the site's colour from the start; if it is slow or missing the widget
 * mounts without it after {@link #WAIT_MS}, and a late answer is ignored.
 */
public final class SiteConfigLoader {
    /** Long enough for a healthy server, short enough that a dead one does not hide the widget. */
    public static final int WAIT_MS = 1500;

    /** The receiver of the answer, called from the script (a JS functor: no wrapper class in the bundle). */
    @JSFunctor
    public interface Done extends JSObject {
        /**
         * @param json the site config's text, or null when none came in time, the answer was
         *             not 200 or the request could not be sent; {@link SettingsObject#fromJson} reads it
         */
        void loaded(String json);
    }

    private SiteConfigLoader() {
    }

    public static void load(String url, Done done) {
        fetchOnce(url, WAIT_MS, done);
    }

    /**
     * One script for the request and its deadline (no XMLHttpRequest binding or timer classes
     * in the bundle): answers once, with the text of a 200 or null. Long local names: the
     * minifier renames the parameters without seeing the script's own locals.
     */
    @JSBody(params = { "url", "ms", "answer" }, script = "var siteConfigXhr = new XMLHttpRequest(), siteConfigDone = false, siteConfigTimer;"
            + " var siteConfigEnd = function (siteConfigText) { if (!siteConfigDone) { siteConfigDone = true;"
            + " clearTimeout(siteConfigTimer); answer(siteConfigText); } };"
            + " siteConfigTimer = setTimeout(function () { siteConfigEnd(null); }, ms);"
            + " siteConfigXhr.onreadystatechange = function () { if (siteConfigXhr.readyState === 4)"
            + " siteConfigEnd(siteConfigXhr.status === 200 ? siteConfigXhr.responseText : null); };"
            + " try { siteConfigXhr.open('GET', url); siteConfigXhr.send(); } catch (siteConfigError) { siteConfigEnd(null); }")
    private static native void fetchOnce(String url, int ms, Done answer);
}
