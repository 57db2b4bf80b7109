package weiyu.server.embed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;
import weiyu.server.Browser;
import weiyu.server.RunningServer;

/**
 * A site owner's page with the embed snippet, opened in HtmlUnit. The page records every
 * page event in {@code window.events} (as short strings) and every HTTP request the browser
 * makes is counted, so tests can see what the widget asked of the network and when.
 */
final class EmbedPage implements AutoCloseable {
    static final String ORG = "df_org_uid";
    static final String SID = "df_wg_uid";

    /** The snippet's queue stub plus listeners that log every event as text. */
    static final String STUB_AND_LISTENERS = "<script>"
            + "window.weiyu = window.weiyu || function () { (weiyu.q = weiyu.q || []).push(arguments); };"
            + "window.events = [];"
            + "['ready', 'open', 'close'].forEach(function (e) { weiyu('on', e, function () { events.push(e); }); });"
            + "weiyu('on', 'message', function (m) { events.push('message ' + m.from + ' ' + m.type + ' ' + m.content); });"
            + "weiyu('on', 'unread', function (n) { events.push('unread ' + n); });"
            + "</script>";

    final Browser browser = new Browser();
    final HtmlPage page;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private EmbedPage(RunningServer server, String path) throws Exception {
        new WebConnectionWrapper(browser.client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                String body = request.getRequestBody();
                requests.add(request.getHttpMethod() + " " + request.getUrl().getPath() + (body == null ? "" : " " + body));
                return super.getResponse(request);
            }
        };
        page = browser.open(server.url(path));
    }

    /** Opens the page and waits for the launcher. */
    static EmbedPage open(RunningServer server, String path) throws Exception {
        EmbedPage p = new EmbedPage(server, path);
        p.browser.await("the launcher", () -> p.part("launcher"));
        return p;
    }

    /** Opens the page without waiting for anything. */
    static EmbedPage load(RunningServer server, String path) throws Exception {
        return new EmbedPage(server, path);
    }

    /**
     * A page: {@code head} (e.g. a weiyuSettings script), the stub and listeners, {@code beforeTag}
     * (e.g. queued commands), then the tag with the org, the workgroup and {@code attributes}.
     */
    static String html(String head, String beforeTag, String attributes) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>Shop</title>" + head + "</head><body>"
                + "<h1>Shop</h1>" + STUB_AND_LISTENERS + beforeTag
                + "<script async src=\"/widget.js\" data-org=\"" + ORG + "\" data-sid=\"" + SID + "\" " + attributes
                + "></script></body></html>";
    }

    static String html(String attributes) {
        return html("", "", attributes);
    }

    HtmlElement part(String name) {
        return page.querySelector("#weiyu-widget [part=\"" + name + "\"]");
    }

    boolean panelOpen() {
        return !part("panel").hasAttribute("hidden");
    }

    Object js(String script) {
        return page.executeJavaScript(script).getJavaScriptResult();
    }

    /** Calls weiyu(...) with the given JavaScript argument list, e.g. {@code "'send', 'hi'"}. */
    void weiyu(String arguments) {
        js("weiyu(" + arguments + ")");
    }

    @SuppressWarnings("unchecked")
    List<String> events() {
        Object n = js("events.length");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ((Number) n).intValue(); i++) {
            out.add(String.valueOf(js("events[" + i + "]")));
        }
        return out;
    }

    /** The localStorage keys the widget owns (prefix "weiyu."). */
    List<String> storedKeys() {
        String keys = String.valueOf(js("var k = []; for (var i = 0; i < localStorage.length; i++) {"
                + " if (localStorage.key(i).indexOf('weiyu.') === 0) k.push(localStorage.key(i)); } k.join(',')"));
        return keys.isEmpty() ? List.of() : List.of(keys.split(","));
    }

    /** Every request made so far, as "METHOD /path [body]". */
    List<String> requests() {
        synchronized (requests) {
            return new ArrayList<>(requests);
        }
    }

    /** Requests to the visitor HTTP API so far. */
    List<String> apiCalls() {
        return requests().stream().filter(r -> r.contains("/visitor/api/")).toList();
    }

    /** Runs the page's timers for about {@code ms} milliseconds. */
    void settle(int ms) {
        long end = System.nanoTime() + ms * 1_000_000L;
        while (System.nanoTime() < end) {
            browser.client.waitForBackgroundJavaScript(50);
        }
    }

    <T> T await(String what, java.util.function.Supplier<T> condition) {
        return browser.await(what, condition);
    }

    String visitorUid() {
        Object uid = js("localStorage.getItem('weiyu." + ORG + ".uid')");
        return uid == null || "null".equals(String.valueOf(uid)) ? null : String.valueOf(uid);
    }

    @Override
    public void close() {
        browser.close();
    }
}
