package weiyu.widget.config;

/**
 * The settings a site owner gives on the script tag (embed contract), validated.
 * Plain Java so the rules are tested on the JVM; hostile values fall back to defaults
 * instead of reaching CSS or URLs.
 */
public final class WidgetConfig {
    public static final String DEFAULT_COLOR = "#1677ff";

    public final String orgUid;
    public final String sid;
    public final String threadType;
    public final String apiBase;
    public final String brokerUrl;
    public final String locale;
    public final boolean leftSide;
    public final String color;
    public final String site;

    private WidgetConfig(String orgUid, String sid, String threadType, String apiBase, String brokerUrl,
            String locale, boolean leftSide, String color, String site) {
        this.orgUid = orgUid;
        this.sid = sid;
        this.threadType = threadType;
        this.apiBase = apiBase;
        this.brokerUrl = brokerUrl;
        this.locale = locale;
        this.leftSide = leftSide;
        this.color = color;
        this.site = site;
    }

    /** Where attribute values come from: the script tag in the browser, a map in tests. */
    public interface Source {
        /** The value of {@code data-<name>}, or null when absent. */
        String get(String name);
    }

    /**
     * @param scriptOrigin origin of the script's own URL (e.g. {@code https://cdn.example.com}), the default API base
     * @param browserLanguage navigator.language, the default locale
     */
    public static WidgetConfig from(Source source, String scriptOrigin, String browserLanguage) {
        String api = httpUrlOrNull(trimSlash(source.get("api")));
        if (api == null) {
            api = trimSlash(scriptOrigin);
        }
        String broker = wsUrlOrNull(source.get("broker"));
        if (broker == null) {
            broker = brokerFor(api);
        }
        String locale = Locales.pick(nonEmpty(source.get("locale"), browserLanguage));
        return new WidgetConfig(
                nonEmpty(source.get("org"), ""),
                nonEmpty(source.get("sid"), ""),
                threadType(source.get("type")),
                api,
                broker,
                locale,
                "left".equals(source.get("position")),
                CssColor.orDefault(source.get("color"), DEFAULT_COLOR),
                SiteId.isValid(source.get("site")) ? source.get("site") : null);
    }

    /** {@code ws(s)://} + host of the API base + {@code /stomp}, per the embed contract. */
    static String brokerFor(String apiBase) {
        if (apiBase == null) {
            return null;
        }
        String rest;
        String scheme;
        if (apiBase.startsWith("https://")) {
            scheme = "wss://";
            rest = apiBase.substring(8);
        } else if (apiBase.startsWith("http://")) {
            scheme = "ws://";
            rest = apiBase.substring(7);
        } else {
            return null;
        }
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        return scheme + host + "/stomp";
    }

    private static String threadType(String value) {
        return "0".equals(value) || "2".equals(value) ? value : "1";
    }

    private static String httpUrlOrNull(String value) {
        return value != null && (value.startsWith("https://") || value.startsWith("http://")) ? value : null;
    }

    private static String wsUrlOrNull(String value) {
        return value != null && (value.startsWith("wss://") || value.startsWith("ws://")) ? value : null;
    }

    private static String trimSlash(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        return v;
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.trim().isEmpty() ? fallback : value.trim();
    }
}
