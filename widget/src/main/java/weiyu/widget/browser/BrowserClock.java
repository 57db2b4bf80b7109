package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import weiyu.widget.chat.WallClock;

/** Date.now(), for createdAt and the recall window. */
public final class BrowserClock implements WallClock {
    @Override
    public double epochMillis() {
        return now();
    }

    @JSBody(script = "return Date.now();")
    private static native double now();
}
