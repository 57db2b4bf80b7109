package weiyu.widget.ui;

import org.teavm.jso.JSBody;

/** The browser's wall clock as local minutes since 1970 (an int: no long in the bundle). */
final class Clock {
    private Clock() {
    }

    @JSBody(script = "return -new Date().getTimezoneOffset();")
    static native int offsetMinutes();

    @JSBody(script = "var d = new Date(); return Math.floor(d.getTime() / 60000) - d.getTimezoneOffset();")
    static native int nowMinutes();

    @JSBody(script = "return Date.now();")
    static native double nowMs();
}
