package weiyu.widget.chat;

/** Fresh message uids (crypto.getRandomValues in the browser). */
public interface Ids {
    /** 32 lowercase hex digits, unique with overwhelming probability. */
    String newUid();
}
