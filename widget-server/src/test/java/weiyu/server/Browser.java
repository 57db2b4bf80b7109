package weiyu.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;

/**
 * HtmlUnit as a Chrome-like browser that fails on any script error and collects console
 * errors, with a helper to wait for asynchronous scripts (the bundle loads with async).
 */
public final class Browser implements AutoCloseable {
    public final WebClient client = new WebClient(BrowserVersion.CHROME);
    public final List<String> scriptErrors = new ArrayList<>();

    public Browser() {
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setThrowExceptionOnFailingStatusCode(true);
        client.getOptions().setCssEnabled(true);
        client.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, org.htmlunit.ScriptException e) {
                scriptErrors.add(e.getMessage());
            }
        });
    }

    public HtmlPage open(String url) throws Exception {
        return client.getPage(url);
    }

    /** Polls until the condition holds, running background scripts meanwhile; fails after 10 s. */
    public <T> T await(String what, Supplier<T> condition) {
        return awaitLong(what, 10, condition);
    }

    /** {@link #await} with a longer limit, for waits that include a broker restart. */
    public <T> T awaitLong(String what, int seconds, Supplier<T> condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            client.waitForBackgroundJavaScript(50);
        }
        throw new AssertionError("timed out waiting for " + what + "; script errors: " + scriptErrors);
    }

    @Override
    public void close() {
        client.close();
    }
}
