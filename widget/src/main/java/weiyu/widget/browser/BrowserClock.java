package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import weiyu.widget.chat.WallClock;

/** Date.now() and Date's ISO-8601, for createdAt and the recall window. */
public final class BrowserClock implements WallClock {
    @Override
    public double epochMillis() {
        return now();
    }

    /** The platform's formatting: no calendar arithmetic in the bundle. */
    @Override
    public String iso(double epochMillis) {
        return toIso(epochMillis);
    }

    @JSBody(params = "ms", script = "return new Date(ms).toISOString();")
    private static native String toIso(double ms);

    @JSBody(script = "return Date.now();")
    private static native double now();
}
