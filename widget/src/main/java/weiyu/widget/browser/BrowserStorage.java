package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import weiyu.widget.chat.KeyValueStore;

/**
 * localStorage, tolerant of browsers that refuse it (private modes, sandboxed iframes,
 * full quota): reads give null and writes are dropped rather than throwing into the widget.
 */
public final class BrowserStorage implements KeyValueStore {
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
}
