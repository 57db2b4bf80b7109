package weiyu.widget.ui;

import org.teavm.jso.dom.html.HTMLElement;

/** A round avatar: the picture when its URL is allowed, else the name's first character. */
final class Avatar {
    private Avatar() {
    }

    static HTMLElement of(String name, String url, String fallbackName, String cls) {
        HTMLElement av = Html.el("span", cls);
        av.setAttribute("aria-hidden", "true");
        fill(av, name, url, fallbackName);
        return av;
    }

    static void fill(HTMLElement av, String name, String url, String fallbackName) {
        av.setTextContent("");
        String src = SafeUrl.image(url);
        if (src != null) {
            HTMLElement img = Html.add(av, Html.el("img", null));
            img.setAttribute("alt", "");
            img.setAttribute("referrerpolicy", "no-referrer");
            img.setAttribute("src", src);
        } else {
            av.setTextContent(initial(name == null || name.trim().isEmpty() ? fallbackName : name.trim()));
        }
    }

    /** The first character, keeping a surrogate pair (emoji, rare CJK) whole. */
    static String initial(String name) {
        int end = Character.isHighSurrogate(name.charAt(0)) && name.length() > 1 ? 2 : 1;
        return name.substring(0, end).toUpperCase();
    }
}
