package weiyu.widget.chat;

/** The new-message sound (an Audio element in the browser). */
public interface Sound {
    /** Plays once; must not throw when the browser refuses autoplay. */
    void play();
}
