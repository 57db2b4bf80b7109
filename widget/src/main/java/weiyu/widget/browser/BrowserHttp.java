package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;
import weiyu.widget.chat.Http;

/** The conversation's HTTP over XMLHttpRequest. Every request answers once; status 0 = no answer. */
public final class BrowserHttp implements Http {
    /** Long enough for a slow upload, short enough that a dead server turns into a retry. */
    private static final int TIMEOUT_MS = 30000;

    @Override
    public void postJson(String url, String jsonBody, Callback callback) {
        XMLHttpRequest xhr = start("POST", url, callback);
        xhr.setRequestHeader("Content-Type", "application/json");
        send(xhr, jsonBody, callback);
    }

    @Override
    public void get(String url, String[] query, Callback callback) {
        StringBuilder full = new StringBuilder(url);
        for (int i = 0; i + 1 < query.length; i += 2) {
            full.append(i == 0 ? '?' : '&').append(encode(query[i])).append('=').append(encode(query[i + 1]));
        }
        send(start("GET", full.toString(), callback), null, callback);
    }

    @Override
    public void upload(String url, Object file, String[] fields, Callback callback) {
        JSObject form = newForm(((JsRef) file).value);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            appendField(form, fields[i], fields[i + 1]);
        }
        XMLHttpRequest xhr = start("POST", url, callback);
        try {
            xhr.send(form);
        } catch (Throwable e) {
            callback.onResponse(0, "");
        }
    }

    private static XMLHttpRequest start(String method, String url, Callback callback) {
        XMLHttpRequest xhr = XMLHttpRequest.create();
        xhr.open(method, url);
        setTimeout(xhr, TIMEOUT_MS);
        boolean[] answered = {false};
        xhr.onComplete(() -> {
            if (!answered[0]) {
                answered[0] = true;
                String body = xhr.getResponseText();
                callback.onResponse(xhr.getStatus(), body == null ? "" : body);
            }
        });
        return xhr;
    }

    private static void send(XMLHttpRequest xhr, String body, Callback callback) {
        try {
            if (body == null) {
                xhr.send();
            } else {
                xhr.send(body);
            }
        } catch (Throwable e) {
            callback.onResponse(0, "");
        }
    }

    @JSBody(params = "s", script = "return encodeURIComponent(s == null ? '' : s);")
    private static native String encode(String s);

    @JSBody(params = { "xhr", "ms" }, script = "xhr.timeout = ms;")
    private static native void setTimeout(XMLHttpRequest xhr, int ms);

    @JSBody(params = "file", script = "var f = new FormData(); f.append('file', file, file && file.name ? file.name : 'file'); return f;")
    private static native JSObject newForm(JSObject file);

    @JSBody(params = { "form", "name", "value" }, script = "form.append(name, value == null ? '' : value);")
    private static native void appendField(JSObject form, String name, String value);
}
