package weiyu.widget.ui;

import weiyu.widget.config.Locales;

/** Every visible string of one locale, in one place. */
public final class Strings {
    public final String openChat;
    public final String closeChat;
    public final String panelTitle;
    public final String panelSubtitle;

    private Strings(String openChat, String closeChat, String panelTitle, String panelSubtitle) {
        this.openChat = openChat;
        this.closeChat = closeChat;
        this.panelTitle = panelTitle;
        this.panelSubtitle = panelSubtitle;
    }

    public static Strings forLocale(String locale) {
        if (Locales.ZH_CN.equals(locale)) {
            return new Strings("打开在线客服", "关闭对话", "在线客服", "我们通常在几分钟内回复");
        }
        return new Strings("Open chat", "Close chat", "Customer support", "We usually reply in a few minutes");
    }
}
