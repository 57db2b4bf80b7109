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

    @JSBody(params = "holder", script = "try { var C = window.AudioContext || window.webkitAudioContext; if (!C) return;"
            + " var ctx = holder.ctx || (holder.ctx = new C()); if (ctx.state === 'suspended') ctx.resume();"
            + " var t = ctx.currentTime; [[880, 0], [1320, 0.12]].forEach(function (n) {"
            + " var o = ctx.createOscillator(), g = ctx.createGain(); o.type = 'sine'; o.frequency.value = n[0];"
            + " g.gain.setValueAtTime(0.0001, t + n[1]); g.gain.exponentialRampToValueAtTime(0.15, t + n[1] + 0.02);"
            + " g.gain.exponentialRampToValueAtTime(0.0001, t + n[1] + 0.25); o.connect(g); g.connect(ctx.destination);"
            + " o.start(t + n[1]); o.stop(t + n[1] + 0.3); }); } catch (e) {}")
    private static native void chime(JSObject holder);
}
