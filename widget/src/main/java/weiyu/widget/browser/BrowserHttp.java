package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import weiyu.widget.chat.Http;

/**
 * The conversation's HTTP over XMLHttpRequest. Every request answers once; status 0 = no answer.
 * The request itself is one small script: no Java exception handling around the browser's calls.
 */
public final class BrowserHttp implements Http {
    /** Long enough for a slow upload, short enough that a dead server turns into a retry. */
    private static final int TIMEOUT_MS = 30000;

    /** The answer to one request: its status (0 = none: refused, failed or timed out) and its text. */
    @JSFunctor
    public interface Answer extends JSObject {
        void answer(int status, String body);
    }

    @Override
    public void postJson(String url, String jsonBody, Callback callback) {
        request("POST", url, "application/json", JSString.valueOf(jsonBody), callback);
    }

    @Override
    public void get(String url, String[] query, Callback callback) {
        StringBuilder full = new StringBuilder(url);
        for (int i = 0; i + 1 < query.length; i += 2) {
            full.append(i == 0 ? '?' : '&').append(encode(query[i])).append('=').append(encode(query[i + 1]));
        }
        request("GET", full.toString(), null, null, callback);
    }

    @Override
    public void upload(String url, Object file, String[] fields, Callback callback) {
        JSObject form = newForm(((JsRef) file).value);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            appendField(form, fields[i], fields[i + 1]);
        }
        request("POST", url, null, form, callback);
    }

    private static void request(String method, String url, String type, JSObject body, Callback callback) {
        request(method, url, type, body, TIMEOUT_MS, callback::onResponse);
    }

    /**
     * One request, answered once: a send that throws (e.g. a refused URL) answers 0, and so does
     * the timeout after {@code ms}, which ends the request (a late answer never comes).
     */
    @JSBody(params = { "method", "url", "type", "body", "ms", "answer" },
            script = "var x = new XMLHttpRequest(), done = false;"
                    + " var end = function (s, t) { if (!done) { done = true; answer(s, t); } };"
                    + " x.open(method, url); x.timeout = ms; if (type) x.setRequestHeader('Content-Type', type);"
                    + " x.onreadystatechange = function () { if (x.readyState === 4) end(x.status, x.responseText || ''); };"
                    + " try { x.send(body); } catch (e) { end(0, ''); }")
    static native void request(String method, String url, String type, JSObject body, int ms, Answer answer);

    @JSBody(params = "s", script = "return encodeURIComponent(s == null ? '' : s);")
    private static native String encode(String s);

    @JSBody(params = "file", script = "var f = new FormData(); f.append('file', file, file && file.name ? file.name : 'file'); return f;")
    private static native JSObject newForm(JSObject file);

    @JSBody(params = { "form", "name", "value" }, script = "form.append(name, value == null ? '' : value);")
    private static native void appendField(JSObject form, String name, String value);
}
