package weiyu.widget.embed;

/** What the page's {@code weiyu(...)} commands can do to the running widget. */
public interface WidgetControl {
    void open();

    void close();

    void toggle();

    /** Visitor details the page knows (each may be null); sent with the visitor's init. */
    void setUser(String nickname, String email, String avatar, String mobile, String note);

    void send(String text);

    /** The visitor agreed: storage and connections may start (consent mode). */
    void consent();

    /** Removes every DOM node, timer, socket and stored key of the widget. */
    void shutdown();
}
