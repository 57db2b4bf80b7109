package weiyu.widget.ui;

/** Key recognition that holds across browsers. */
final class Keys {
    private Keys() {
    }

    /** "Escape" in current browsers, "Esc" in old Edge; HtmlUnit sends "\u001b": keyCode 27 is common to all. */
    static boolean isEscape(String key, int keyCode) {
        return keyCode == 27 || "Escape".equals(key) || "Esc".equals(key);
    }

    /**
     * Enter sends; Shift+Enter is a new line; an Enter that confirms an IME composition
     * (Chinese input: isComposing, or keyCode 229 in Safari) must not send half a sentence.
     */
    static boolean isSend(String key, int keyCode, boolean shift, boolean composing) {
        if (shift || composing || keyCode == 229) {
            return false;
        }
        return keyCode == 13 || "Enter".equals(key);
    }
}
