package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import weiyu.widget.chat.Sound;

/**
 * A short two-tone chime made with Web Audio: no sound file to download or to allow in CSP.
 * Browsers that block audio before a user gesture, or lack Web Audio, stay silent.
 */
public final class BrowserSound implements Sound {
    /** Holds the one AudioContext, created on first use (browsers limit how many a page may have). */
    private final JSObject holder = newHolder();

    @Override
    public void play() {
        chime(holder);
    }

    @JSBody(script = "return {};")
    private static native JSObject newHolder();

    // Two sine notes (the oscillator's default type), 880 Hz then 1320 Hz 0.12 s later, each a short swell and fade.
    @JSBody(params = "holder", script = "try { var C = window.AudioContext || window.webkitAudioContext; if (!C) return;"
            + " var c = holder.c || (holder.c = new C()); if (c.state === 'suspended') c.resume();"
            + " var t = c.currentTime; [880, 1320].forEach(function (f, i) {"
            + " var o = c.createOscillator(), g = c.createGain(), v = g.gain, s = t + i * 0.12; o.frequency.value = f;"
            + " v.setValueAtTime(1e-4, s); v.exponentialRampToValueAtTime(0.15, s + 0.02); v.exponentialRampToValueAtTime(1e-4, s + 0.25);"
            + " o.connect(g); g.connect(c.destination); o.start(s); o.stop(s + 0.3); }); } catch (e) {}")
    private static native void chime(JSObject holder);
}
