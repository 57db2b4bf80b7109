package weiyu.widget.embed;

import weiyu.widget.chat.ConversationActions;

/**
 * Runs one page command on the widget. Unknown commands and bad arguments give a clear
 * message (the glue prints it to the console) instead of an exception in the page.
 * 'on' is handled by the glue, which owns the page's functions; it is validated here.
 */
public final class PageCommands {
    /** Longest text {@code weiyu('send', text)} accepts: the same as the composer's. */
    public static final int MAX_SEND_LENGTH = ConversationActions.MAX_TEXT_LENGTH;

    private PageCommands() {
    }

    /** @return null when done, else why the command was refused */
    public static String run(String name, CommandArgs args, WidgetControl widget) {
        if (name == null) {
            return "weiyu(): the first argument must be a command name";
        }
        // An if-chain: a switch on strings compiles to a hash table that costs bundle size.
        if ("open".equals(name)) {
            widget.open();
        } else if ("close".equals(name)) {
            widget.close();
        } else if ("toggle".equals(name)) {
            widget.toggle();
        } else if ("consent".equals(name)) {
            widget.consent();
        } else if ("shutdown".equals(name)) {
            widget.shutdown();
        } else if ("setUser".equals(name)) {
            widget.setUser(args.field(0, "nickname"), args.field(0, "email"), args.field(0, "avatar"),
                    args.field(0, "mobile"), args.field(0, "note"));
        } else if ("send".equals(name)) {
            return send(args.string(0), widget);
        } else if ("on".equals(name)) {
            return isEvent(args.string(0)) && args.isFunction(1) ? null
                    : "weiyu('on', event, fn): event is one of ready, open, close, message, unread";
        } else {
            return "weiyu(): unknown command '" + name + "'";
        }
        return null;
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

    /** Events a page can listen to with {@code weiyu('on', name, fn)} (an if-chain: no array to initialise). */
    public static boolean isEvent(String name) {
        return "ready".equals(name) || "open".equals(name) || "close".equals(name) || "message".equals(name)
                || "unread".equals(name);
    }
}
