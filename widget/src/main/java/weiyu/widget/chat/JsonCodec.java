package weiyu.widget.chat;

/**
 * JSON through the platform: the browser's JSON.parse/JSON.stringify in the bundle,
 * jackson-core in JVM tests. Only objects are needed at the top level: every message and
 * every response envelope is one.
 */
public interface JsonCodec {
    /** Parses {@code text}; null when it is not valid JSON or not an object. */
    JsonObject parse(String text);

    /** A new empty object to fill and stringify. */
    JsonObject newObject();
}
