package weiyu.widget.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The content of an IMAGE or FILE message: a bare URL, or the JSON object
 * {@code {url,label,mimeType,size,filename}}. Parsed with the browser's JSON.
 */
final class Attachment {
    String url;
    String name;
    int size;

    static Attachment of(String content) {
        Attachment a = new Attachment();
        String c = content == null ? "" : content.trim();
        JSObject json = c.startsWith("{") ? parse(c) : null;
        if (json != null) {
            a.url = field(json, "url");
            a.name = field(json, "filename");
            if (a.name == null) {
                a.name = field(json, "label");
            }
            a.size = size(json);
        } else {
            a.url = c;
        }
        if (a.name == null || a.name.isEmpty()) {
            a.name = nameFromUrl(a.url);
        }
        return a;
    }

    /** The last path segment, without query or fragment: "报价单.pdf" from ".../报价单.pdf?x=1". */
    static String nameFromUrl(String url) {
        if (url == null) {
            return "";
        }
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        return url.substring(url.lastIndexOf('/', end - 1) + 1, end);
    }

    @JSBody(params = "s", script = "try { var o = JSON.parse(s); return o && typeof o === 'object' ? o : null; }"
            + " catch (e) { return null; }")
    private static native JSObject parse(String s);

    @JSBody(params = { "o", "k" }, script = "var v = o[k]; return typeof v === 'string' ? v : null;")
    private static native String field(JSObject o, String k);

    @JSBody(params = "o", script = "var n = Number(o.size); return n > 0 && n < 2147483647 ? Math.floor(n) : 0;")
    private static native int size(JSObject o);
}
