package weiyu.widget.ui;

/** Key recognition that holds across browsers. */
final class Keys {
    private Keys() {
    }

    /** "Escape" in current browsers, "Esc" in old Edge; HtmlUnit sends "\u001b": keyCode 27 is common to all. */
    static boolean isEscape(String key, int keyCode) {
        return keyCode == 27 || "Escape".equals(key) || "Esc".equals(key);
    }
}
