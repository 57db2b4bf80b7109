package weiyu.widget.config;

/**
 * Where each setting comes from, strongest first: the tag's {@code data-*} attributes, then
 * {@code window.weiyuSettings}, then the site config from widget-server, then the defaults
 * of {@link WidgetConfig}. Plain Java, so the order is tested on the JVM.
 */
public final class ConfigLayers {
    private ConfigLayers() {
    }

    /** A source answering each name from the first layer that has a value (null layers are skipped). */
    public static WidgetConfig.Source firstOf(WidgetConfig.Source... layers) {
        return name -> {
            for (WidgetConfig.Source layer : layers) {
                String value = layer == null ? null : layer.get(name);
                if (value != null) {
                    return value;
                }
            }
            return null;
        };
    }

    /**
     * The settings a site config can supply that the widget reads (widget-server's public site
     * JSON also has title and welcome, which only the server uses). Keep in step with
     * {@code SiteConfig.publicJson()} on the server.
     */
    public static final String[] SITE_FIELDS = {"org", "sid", "type", "color", "position", "locale"};

    /**
     * True when {@code page} already answers every one of {@code names}: a site config could then
     * change nothing, so the widget mounts at once instead of waiting for it.
     */
    public static boolean coversAll(WidgetConfig.Source page, String[] names) {
        for (String name : names) {
            String value = page.get(name);
            if (value == null || value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The settings-object name of an attribute name: {@code z-index} → {@code zIndex}. */
    public static String camelCase(String attributeName) {
        StringBuilder b = new StringBuilder(attributeName.length());
        boolean upper = false;
        for (int i = 0; i < attributeName.length(); i++) {
            char c = attributeName.charAt(i);
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Ascii.upper(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
