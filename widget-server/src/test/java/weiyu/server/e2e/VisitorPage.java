package weiyu.server.e2e;

import java.util.List;
import java.util.function.Supplier;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import weiyu.server.Browser;
import weiyu.server.RunningServer;

/**
 * A visitor on the demo shop page {@code /} with the real widget.js, driven through the embed
 * contract's parts only: the launcher, the composer, Enter or the send button, the forms.
 */
final class VisitorPage implements AutoCloseable {
    static final String UID_KEY = "weiyu." + JvmAgent.ORG + ".uid";

    final Browser browser = new Browser();
    private final RunningServer server;
    HtmlPage page;

    private VisitorPage(RunningServer server) {
        this.server = server;
    }

    /** Opens the demo page and waits for the launcher. */
    static VisitorPage open(RunningServer server) throws Exception {
        VisitorPage v = new VisitorPage(server);
        v.load();
        return v;
    }

    /** Loads the page again in the same browser (same localStorage): a returning visitor or a reload. */
    void load() throws Exception {
        page = browser.open(server.url("/"));
        browser.await("the launcher", () -> part("launcher"));
    }

    /** Clicks the launcher and waits until the conversation has started (the visitor has a uid). */
    void openChat() throws Exception {
        part("launcher").click();
        await("the visitor's uid", () -> visitorUid() != null);
    }

    HtmlElement part(String name) {
        return page.querySelector("#weiyu-widget [part=\"" + name + "\"]");
    }

    /** The first match of {@code selector} inside the part {@code part} (a form's field or button). */
    HtmlElement in(String part, String selector) {
        HtmlElement e = page.querySelector("#weiyu-widget [part=\"" + part + "\"] " + selector);
        if (e == null) {
            throw new AssertionError("no " + selector + " in " + part);
        }
        return e;
    }

    /** Types into the composer and presses Enter. */
    void sendWithEnter(String text) throws Exception {
        HtmlElement composer = part("composer");
        composer.type(text);
        composer.type(KeyboardEvent.DOM_VK_RETURN);
    }

    /** Types into the composer and clicks the send button. */
    void sendWithButton(String text) throws Exception {
        part("composer").type(text);
        part("send").click();
    }

    List<DomNode> messages() {
        return page.querySelectorAll("#weiyu-widget [part=message]");
    }

    /** data-uid of every message row, in DOM order. */
    List<String> uids() {
        return messages().stream().map(n -> ((DomElement) n).getAttribute("data-uid")).toList();
    }

    HtmlElement message(String uid) {
        return page.querySelector("#weiyu-widget [part=message][data-uid=\"" + uid + "\"]");
    }

    /** The row whose text contains {@code text} (the uid of a visitor's message is the widget's). */
    DomElement messageWithText(String text) {
        for (DomNode n : messages()) {
            if (n.getTextContent().contains(text)) {
                return (DomElement) n;
            }
        }
        return null;
    }

    boolean shown(String part) {
        HtmlElement e = part(part);
        return e != null && !e.hasAttribute("hidden");
    }

    String visitorUid() {
        Object v = page.executeJavaScript("localStorage.getItem('" + UID_KEY + "')").getJavaScriptResult();
        return v instanceof String s ? s : null;
    }

    /** What the persisted outbox holds (uids, one a line), or null when empty. */
    String outbox() {
        Object v = page.executeJavaScript("localStorage.getItem('weiyu." + JvmAgent.ORG + ".outbox')").getJavaScriptResult();
        return v instanceof String s ? s : null;
    }

    String topic() {
        return "org/workgroup/df_wg_uid/" + visitorUid();
    }

    /** Polls, running the page's timers and sockets meanwhile; fails after 20 s. */
    <T> T await(String what, Supplier<T> condition) {
        return browser.awaitLong(what, 20, condition);
    }

    /** Lets the page run for {@code ms}. */
    void settle(int ms) {
        long end = System.nanoTime() + ms * 1_000_000L;
        while (System.nanoTime() < end) {
            browser.client.waitForBackgroundJavaScript(50);
        }
    }

    /** Makes every new WebSocket of this page fail as a blocked network would (HTTP still works). */
    void blockWebSockets() {
        page.executeJavaScript("window.__realWebSocket = window.__realWebSocket || window.WebSocket;"
                + "window.WebSocket = function () { var ws = this; ws.readyState = 0;"
                + " setTimeout(function () { ws.readyState = 3; if (ws.onerror) ws.onerror({});"
                + " if (ws.onclose) ws.onclose({code: 1006, reason: ''}); }, 5); };"
                + "window.WebSocket.prototype.send = function () { throw new Error('closed'); };"
                + "window.WebSocket.prototype.close = function () {};");
    }

    void unblockWebSockets() {
        page.executeJavaScript("if (window.__realWebSocket) window.WebSocket = window.__realWebSocket;");
    }

    @Override
    public void close() {
        browser.close();
    }
}
