package weiyu.widget.config;

/** The locales the widget ships: Chinese for any {@code zh*} language, English otherwise. */
public final class Locales {
    public static final String ZH_CN = "zh-CN";
    public static final String EN = "en";

    private Locales() {
    }

    public static String pick(String language) {
        if (language != null && Ascii.lower(language).startsWith("zh")) {
            return ZH_CN;
        }
        return EN;
    }
}
