package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import weiyu.widget.chat.JsonObject;

/**
 * JSON through the browser's own JSON.parse / JSON.stringify (no parser in the bundle): a plain
 * JavaScript object behind the conversation's JsonObject. {@link BrowserDevice} is the codec.
 */
final class BrowserJson implements JsonObject {
    final JSObject o;

    BrowserJson(JSObject o) {
        this.o = o;
    }

    @Override
    public String string(String key) {
        return stringOf(o, key);
    }

    @Override
    public int integer(String key, int fallback) {
        return intOf(o, key, fallback);
    }

    @Override
    public boolean bool(String key, boolean fallback) {
        return boolOf(o, key, fallback);
    }

    @Override
    public JsonObject object(String key) {
        JSObject v = objectOf(o, key);
        return v == null ? null : new BrowserJson(v);
    }

    @Override
    public String raw(String key) {
        return rawOf(o, key);
    }

    @Override
    public int arrayLength(String key) {
        return arrayLengthOf(o, key);
    }

    @Override
    public JsonObject arrayObject(String key, int index) {
        JSObject v = arrayObjectOf(o, key, index);
        return v == null ? null : new BrowserJson(v);
    }

    @Override
    public JsonObject put(String key, String value) {
        putString(o, key, value);
        return this;
    }

    @Override
    public JsonObject put(String key, int value) {
        putInt(o, key, value);
        return this;
    }

    @Override
    public JsonObject put(String key, boolean value) {
        putBoolean(o, key, value);
        return this;
    }

    @Override
    public JsonObject put(String key, JsonObject value) {
        putObject(o, key, value == null ? null : ((BrowserJson) value).o);
        return this;
    }

    @Override
    public JsonObject putEmptyArray(String key) {
        putObject(o, key, emptyArray());
        return this;
    }

    @Override
    public String stringify() {
        return stringifyObject(o);
    }

    /** A JSON object text as an object, or null when it is not one. */
    static JsonObject parse(String text) {
        JSObject o = parseObject(text);
        return o == null ? null : new BrowserJson(o);
    }

    static JsonObject newObject() {
        return new BrowserJson(empty());
    }

    @JSBody(params = "t", script = "try { var v = JSON.parse(t); return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null; }"
            + " catch (e) { return null; }")
    private static native JSObject parseObject(String t);

    @JSBody(script = "return {};")
    private static native JSObject empty();

    @JSBody(script = "return [];")
    private static native JSObject emptyArray();

    @JSBody(params = { "o", "k" }, script = "var v = Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;"
            + " return typeof v === 'string' ? v : (typeof v === 'number' || typeof v === 'boolean') ? String(v) : null;")
    private static native String stringOf(JSObject o, String k);

    @JSBody(params = { "o", "k", "f" }, script = "var v = o[k]; return typeof v === 'number' && isFinite(v) ? v | 0 : f;")
    private static native int intOf(JSObject o, String k, int f);

    @JSBody(params = { "o", "k", "f" }, script = "var v = o[k]; return typeof v === 'boolean' ? v : f;")
    private static native boolean boolOf(JSObject o, String k, boolean f);

    @JSBody(params = { "o", "k" }, script = "var v = Object.prototype.hasOwnProperty.call(o, k) ? o[k] : null;"
            + " return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;")
    private static native JSObject objectOf(JSObject o, String k);

    @JSBody(params = { "o", "k" }, script = "var v = Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;"
            + " return v === undefined || v === null ? null : JSON.stringify(v);")
    private static native String rawOf(JSObject o, String k);

    @JSBody(params = { "o", "k" }, script = "return Array.isArray(o[k]) ? o[k].length : 0;")
    private static native int arrayLengthOf(JSObject o, String k);

    @JSBody(params = { "o", "k", "i" }, script = "var a = o[k]; var v = Array.isArray(a) ? a[i] : null;"
            + " return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;")
    private static native JSObject arrayObjectOf(JSObject o, String k, int i);

    @JSBody(params = { "o", "k", "v" }, script = "o[k] = v;")
    private static native void putString(JSObject o, String k, String v);

    @JSBody(params = { "o", "k", "v" }, script = "o[k] = v;")
    private static native void putInt(JSObject o, String k, int v);

    @JSBody(params = { "o", "k", "v" }, script = "o[k] = v;")
    private static native void putBoolean(JSObject o, String k, boolean v);

    @JSBody(params = { "o", "k", "v" }, script = "o[k] = v;")
    private static native void putObject(JSObject o, String k, JSObject v);

    @JSBody(params = "o", script = "return JSON.stringify(o);")
    private static native String stringifyObject(JSObject o);
}
