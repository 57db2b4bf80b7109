package weiyu.widget.browser;

import org.teavm.jso.JSBody;

/** Whether the visitor is looking at the page, and the tab's title (for the unread flash). */
public final class PageVisibility {
    private PageVisibility() {
    }

    @JSBody(script = "return document.hidden === true || document.visibilityState === 'hidden';")
    public static native boolean isHidden();

    @JSBody(script = "return document.title;")
    public static native String title();

    @JSBody(params = "title", script = "document.title = title;")
    public static native void setTitle(String title);
}
