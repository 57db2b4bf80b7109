package weiyu.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo shop page: a plausible customer website that embeds the widget with the very
 * snippet of {@code embed/snippet.html}, its {@code https://WIDGET-HOST} placeholder set to
 * this server's origin.
 */
public final class DemoPage {
    static final String MARKER = "<!-- weiyu:embed -->";
    public static final String HOST_PLACEHOLDER = "https://WIDGET-HOST";

    private final String template;
    private final String snippet;

    DemoPage(String template, String snippet) {
        if (!template.contains(MARKER)) {
            throw new IllegalArgumentException("demo template lacks " + MARKER);
        }
        this.template = template;
        this.snippet = snippet;
    }

    public static DemoPage load() {
        return new DemoPage(resource("weiyu/server/demo.html"), resource("weiyu/server/embed/snippet.html"));
    }

    /** The snippet as a site owner would paste it for a widget served from {@code origin}. */
    public String snippetFor(String origin) {
        return snippet.replace(HOST_PLACEHOLDER, origin);
    }

    public String render(String origin) {
        return template.replace(MARKER, snippetFor(origin));
    }

    static String resource(String name) {
        try (InputStream in = DemoPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
