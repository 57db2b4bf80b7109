package weiyu.server.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import weiyu.server.Browser;
import weiyu.server.RunningServer;

/**
 * The real widget.js on a test page whose tag carries {@code data-ui-probe}: the probe plays
 * the conversation (calls the view's listener methods) and records the actions the UI took.
 */
final class UiPage implements AutoCloseable {
    static final String PATH = "/ui-test.html";

    final Browser browser = new Browser();
    final List<String> alerts = new ArrayList<>();
    final HtmlPage page;

    private UiPage(RunningServer server, String path) throws Exception {
        browser.client.setAlertHandler((p, message) -> alerts.add(message));
        page = browser.open(server.url(path));
        browser.await("the launcher", () -> part("launcher"));
    }

    static UiPage open(RunningServer server) throws Exception {
        return new UiPage(server, PATH);
    }

    static UiPage open(RunningServer server, String path) throws Exception {
        return new UiPage(server, path);
    }

    /** A test page: a title, some content, and the tag with the given extra attributes. */
    static String html(String tagAttributes) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>Tea shop</title></head><body>"
                + "<h1>Tea</h1><p><a id=page-link href=#x>page link</a></p>"
                + "<script src=\"/widget.js\" data-org=\"o1\" data-sid=\"wg1\" data-ui-probe " + tagAttributes
                + "></script></body></html>";
    }

    HtmlElement part(String name) {
        return page.querySelector("#weiyu-widget [part=\"" + name + "\"]");
    }

    List<DomNode> all(String selector) {
        return page.querySelectorAll("#weiyu-widget " + selector);
    }

    HtmlElement one(String selector) {
        return page.querySelector("#weiyu-widget " + selector);
    }

    /** The first match of {@code selector} inside {@code node}. */
    static HtmlElement in(DomNode node, String selector) {
        return node.querySelector(selector, node);
    }

    static List<DomNode> inAll(DomNode node, String selector) {
        return node.querySelectorAll(selector, node);
    }

    HtmlElement message(String uid) {
        return one("[part=message][data-uid=\"" + uid + "\"]");
    }

    /** Calls {@code weiyuUiProbe(command, args...)} and returns its answer. */
    String probe(String command, String... args) {
        StringBuilder js = new StringBuilder("weiyuUiProbe(").append(quote(command));
        for (String a : args) {
            js.append(',').append(a == null ? "null" : quote(a));
        }
        js.append(')');
        Object result = page.executeJavaScript(js.toString()).getJavaScriptResult();
        return String.valueOf(result);
    }

    /** The ConversationActions calls the UI made, in order. */
    List<String> calls() {
        String all = probe("calls");
        return all.isEmpty() ? List.of() : Arrays.asList(all.split("\n"));
    }

    void add(String uid, String type, String from, String status, String createdAt, String content) {
        add(uid, type, from, status, createdAt, content, from.equals("agent") ? "小林" : null, null);
    }

    void add(String uid, String type, String from, String status, String createdAt, String content, String nickname,
            String avatar) {
        probe("add", json(uid, type, from, status, createdAt, content, nickname, avatar), "-1");
    }

    static String json(String uid, String type, String from, String status, String createdAt, String content,
            String nickname, String avatar) {
        return "{\"uid\":" + quote(uid) + ",\"type\":" + quote(type) + ",\"from\":" + quote(from) + ",\"status\":"
                + quote(status) + ",\"createdAt\":" + quote(createdAt) + ",\"content\":" + quote(content)
                + ",\"nickname\":" + quote(nickname) + ",\"avatar\":" + quote(avatar) + "}";
    }

    /** A double-quoted string valid as JSON and as JavaScript; {@code <} escaped so no markup can close a script. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    void openPanel() {
        try {
            part("launcher").click();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The browser's local time (HtmlUnit's zone is its own, not the JVM's). */
    java.time.LocalDateTime browserNow() {
        String iso = probeJs("var d = new Date(); var p = function (n) { return (n < 10 ? '0' : '') + n; };"
                + "d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':'"
                + " + p(d.getMinutes()) + ':' + p(d.getSeconds())");
        return java.time.LocalDateTime.parse(iso);
    }

    String probeJs(String js) {
        return String.valueOf(page.executeJavaScript(js).getJavaScriptResult());
    }

    DomElement focused() {
        return page.getFocusedElement();
    }

    void settle(int ms) {
        browser.client.waitForBackgroundJavaScript(ms);
    }

    @Override
    public void close() {
        browser.close();
    }
}
