package weiyu.widget.chat;

import java.util.HashMap;
import java.util.Map;

/** localStorage in a map; survives "page reloads" by being handed to the next Conversation. */
final class MemoryStore implements KeyValueStore {
    final Map<String, String> values = new HashMap<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void set(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
