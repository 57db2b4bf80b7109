package weiyu.widget.embed;

/**
 * Runs one page command on the widget. Unknown commands and bad arguments give a clear
 * message (the glue prints it to the console) instead of an exception in the page.
 * 'on' is handled by the glue, which owns the page's functions; it is validated here.
 */
public final class PageCommands {
    /** Events a page can listen to with {@code weiyu('on', name, fn)}. */
    public static final String[] EVENTS = {"ready", "open", "close", "message", "unread"};
    /** Longest text {@code weiyu('send', text)} accepts: the server's frame limit leaves room for the envelope. */
    public static final int MAX_SEND_LENGTH = 10000;

    private PageCommands() {
    }

    /** @return null when done, else why the command was refused */
    public static String run(String name, CommandArgs args, WidgetControl widget) {
        if (name == null) {
            return "weiyu(): the first argument must be a command name";
        }
        switch (name) {
            case "open":
                widget.open();
                return null;
            case "close":
                widget.close();
                return null;
            case "toggle":
                widget.toggle();
                return null;
            case "consent":
                widget.consent();
                return null;
            case "shutdown":
                widget.shutdown();
                return null;
            case "setUser":
                widget.setUser(args.field(0, "nickname"), args.field(0, "email"), args.field(0, "avatar"),
                        args.field(0, "mobile"), args.field(0, "note"));
                return null;
            case "send":
                return send(args.string(0), widget);
            case "on":
                return isEvent(args.string(0)) && args.isFunction(1) ? null
                        : "weiyu('on', event, fn): event is one of ready, open, close, message, unread";
            default:
                return "weiyu(): unknown command '" + name + "'";
        }
    }

    private static String send(String text, WidgetControl widget) {
        if (text == null || text.trim().isEmpty()) {
            return "weiyu('send', text): text must be a non-empty string";
        }
        if (text.length() > MAX_SEND_LENGTH) {
            return "weiyu('send', text): text is longer than " + MAX_SEND_LENGTH + " characters";
        }
        widget.send(text);
        return null;
    }

    public static boolean isEvent(String name) {
        for (String e : EVENTS) {
            if (e.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
