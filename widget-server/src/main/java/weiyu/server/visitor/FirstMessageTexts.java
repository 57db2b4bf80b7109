package weiyu.server.visitor;

/** Default texts of the first message when the site config gives none: Chinese unless the locale says otherwise. */
final class FirstMessageTexts {
    private FirstMessageTexts() {
    }

    static String welcome(String locale) {
        return chinese(locale) ? "您好，有什么可以帮您？" : "Hello! How can we help you?";
    }

    static String leaveMessage(String locale) {
        return chinese(locale) ? "当前没有客服在线，请留言，我们会尽快回复您。"
                : "Nobody is online right now. Leave a message and we will get back to you.";
    }

    static String continued(String locale) {
        return chinese(locale) ? "继续之前的会话" : "Continuing your conversation";
    }

    static String serviceName(String locale) {
        return chinese(locale) ? "客服" : "Support";
    }

    private static boolean chinese(String locale) {
        return locale == null || locale.isEmpty() || locale.startsWith("zh");
    }
}
