package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.browser.Window;
import weiyu.widget.chat.Ids;
import weiyu.widget.chat.JsonCodec;
import weiyu.widget.chat.JsonObject;
import weiyu.widget.chat.KeyValueStore;
import weiyu.widget.chat.Sound;
import weiyu.widget.chat.WallClock;
import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.Scheduler;

/**
 * The small browser services in one object (one class costs the bundle less than six):
 * localStorage, JSON (see {@link BrowserJson}), setTimeout with a monotonic clock (performance.now) for the sans-IO engines,
 * message uids from crypto.getRandomValues, Date.now() and Date's ISO-8601, and the
 * new-message chime.
 */
public final class BrowserDevice implements KeyValueStore, Scheduler, Ids, WallClock, Sound, JsonCodec {
    /** Holds the one AudioContext, created on first use (browsers limit how many a page may have). */
    private final JSObject holder = newHolder();

    // ---- localStorage, tolerant of browsers that refuse it (private modes, sandboxed iframes,
    // full quota): reads give null and writes are dropped rather than throwing into the widget

    @Override
    public String get(String key) {
        return read(key);
    }

    @Override
    public void set(String key, String value) {
        write(key, value);
    }

    @Override
    public void remove(String key) {
        delete(key);
    }

    /** Removes every key that starts with {@code prefix} (the widget's own keys, on shutdown). */
    public static void removeAll(String prefix) {
        deleteAll(prefix);
    }

    // ---- JSON

    @Override
    public JsonObject parse(String text) {
        return BrowserJson.parse(text);
    }

    @Override
    public JsonObject newObject() {
        return BrowserJson.newObject();
    }

    // ---- timers

    @Override
    public double now() {
        return performanceNow();
    }

    @Override
    public Cancellable schedule(double delayMs, Runnable task) {
        Timer timer = new Timer(task);
        // Whole milliseconds: HtmlUnit never fires a timer whose delay has a fraction (jittered backoff has one).
        timer.id = Window.setTimeout(timer, (int) Math.ceil(delayMs));
        return timer;
    }

    /** One setTimeout: its handler and its handle (one object rather than two lambdas). */
    private static final class Timer implements TimerHandler, Cancellable {
        private final Runnable task;
        int id;

        Timer(Runnable task) {
            this.task = task;
        }

        @Override
        public void onTimer() {
            task.run();
        }

        @Override
        public void cancel() {
            Window.clearTimeout(id);
        }
    }

    // ---- the conversation's uids, wall clock and chime

    /** 128 random bits; Math.random only where crypto is missing. */
    @Override
    public String newUid() {
        return random128();
    }

    @Override
    public double epochMillis() {
        return dateNow();
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
    private static native double dateNow();

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

    @JSBody(params = "k", script = "try { return window.localStorage.getItem(k); } catch (e) { return null; }")
    private static native String read(String k);

    @JSBody(params = { "k", "v" }, script = "try { window.localStorage.setItem(k, v); } catch (e) {}")
    private static native void write(String k, String v);

    @JSBody(params = "k", script = "try { window.localStorage.removeItem(k); } catch (e) {}")
    private static native void delete(String k);

    @JSBody(params = "p", script = "try { var s = window.localStorage, doomed = [];"
            + " for (var i = 0; i < s.length; i++) { var k = s.key(i); if (k && k.indexOf(p) === 0) doomed.push(k); }"
            + " for (var j = 0; j < doomed.length; j++) s.removeItem(doomed[j]); } catch (e) {}")
    private static native void deleteAll(String p);

    @JSBody(script = "return typeof performance !== 'undefined' && performance.now ? performance.now() : Date.now();")
    private static native double performanceNow();
}
