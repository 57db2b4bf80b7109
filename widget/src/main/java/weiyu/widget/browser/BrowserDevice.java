package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import weiyu.widget.chat.Ids;
import weiyu.widget.chat.Sound;
import weiyu.widget.chat.WallClock;

/**
 * The conversation's small browser services in one object (one class costs the bundle less
 * than three): message uids from crypto.getRandomValues, Date.now() and Date's ISO-8601, and
 * the new-message chime.
 */
public final class BrowserDevice implements Ids, WallClock, Sound {
    /** Holds the one AudioContext, created on first use (browsers limit how many a page may have). */
    private final JSObject holder = newHolder();

    /** 128 random bits; Math.random only where crypto is missing. */
    @Override
    public String newUid() {
        return random128();
    }

    @Override
    public double epochMillis() {
        return now();
    }

    /** The platform's formatting: no calendar arithmetic in the bundle. */
    @Override
    public String iso(double epochMillis) {
        return toIso(epochMillis);
    }

    /**
     * A short two-tone chime made with Web Audio: no sound file to download or to allow in CSP.
     * Browsers that block audio before a user gesture, or lack Web Audio, stay silent.
     */
    @Override
    public void play() {
        chime(holder);
    }

    @JSBody(script = "var b = new Uint8Array(16), c = window.crypto || window.msCrypto;"
            + " if (c && c.getRandomValues) { c.getRandomValues(b); } else { for (var i = 0; i < 16; i++) b[i] = Math.random() * 256; }"
            + " var s = ''; for (var j = 0; j < 16; j++) s += (b[j] < 16 ? '0' : '') + b[j].toString(16); return s;")
    private static native String random128();

    @JSBody(params = "ms", script = "return new Date(ms).toISOString();")
    private static native String toIso(double ms);

    @JSBody(script = "return Date.now();")
    private static native double now();

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
