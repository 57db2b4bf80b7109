package weiyu.widget.chat;

/**
 * One JSON object, read and written by key. Readers are lenient: a missing key or a value of
 * another type gives the fallback, never an exception, because the server is not ours.
 */
public interface JsonObject {
    /** A string value, a number or boolean as its JSON text, else null. */
    String string(String key);

    int integer(String key, int fallback);

    boolean bool(String key, boolean fallback);

    /** A nested object, or null. */
    JsonObject object(String key);

    /** The JSON text of the value at {@code key} (e.g. the thread object to pass back); null when absent or JSON null. */
    String raw(String key);

    /** Length of the array at {@code key}, or 0 when there is none. */
    int arrayLength(String key);

    /** The object at {@code index} of the array at {@code key}, or null. */
    JsonObject arrayObject(String key, int index);

    /** Sets a string (null sets JSON null). */
    JsonObject put(String key, String value);

    JsonObject put(String key, int value);

    JsonObject put(String key, boolean value);

    JsonObject put(String key, JsonObject value);

    /** Sets an empty array (the only array a visitor sends: a left message's images). */
    JsonObject putEmptyArray(String key);

    /** This object as JSON text (no raw newlines: string contents are escaped). */
    String stringify();
}
