package weiyu.widget.chat;

/** Strings that survive a page reload (localStorage in the browser). */
public interface KeyValueStore {
    /** The value, or null when absent or storage is unavailable. */
    String get(String key);

    /** Stores the value; may silently fail when storage is full or disabled. */
    void set(String key, String value);

    void remove(String key);
}
