package weiyu.widget;

import org.teavm.jso.dom.html.HTMLDocument;
import weiyu.widget.browser.ScriptTag;
import weiyu.widget.browser.StompProbe;
import weiyu.widget.browser.UiProbe;
import weiyu.widget.config.WidgetConfig;
import weiyu.widget.ui.UiOptions;
import weiyu.widget.ui.WidgetView;

/**
 * Entry point. The build wraps TeaVM's output so this runs as soon as the script tag
 * executes, which is the only moment {@code document.currentScript} can be read.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HTMLDocument doc = HTMLDocument.current();
        // A second copy of the tag (single-page apps) must not create a second widget.
        if (doc.getElementById(WidgetView.HOST_ID) != null) {
            return;
        }
        ScriptTag tag = ScriptTag.current();
        if (tag.get("stomp-probe") != null) {
            StompProbe.install();
        }
        WidgetConfig config = WidgetConfig.from(tag, tag.origin(), ScriptTag.browserLanguage());
        UiOptions options = UiOptions.from(tag);
        // The UI test hook replaces the conversation, so UI tests drive the view deterministically.
        UiProbe probe = tag.get("ui-probe") != null ? UiProbe.install() : null;
        boolean consent = "required".equals(tag.get("consent"));
        boolean lazy = tag.get("lazy") != null;
        if (doc.getBody() == null) {
            // Loaded from <head> without async/defer: wait for the body.
            doc.addEventListener("DOMContentLoaded", evt -> start(doc, config, options, probe, consent, lazy));
        } else {
            start(doc, config, options, probe, consent, lazy);
        }
    }

    private static void start(HTMLDocument doc, WidgetConfig config, UiOptions options, UiProbe probe,
            boolean consent, boolean lazy) {
        if (probe != null) {
            probe.attach(WidgetView.mount(doc, config, options, probe));
        } else {
            WidgetRuntime.start(doc, config, options, consent, lazy);
        }
    }
}
