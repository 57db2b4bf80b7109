package weiyu.widget.chat;

import weiyu.widget.util.SmallList;

/**
 * An ordered list of short strings (uids) kept in the store under one key, one per line.
 * Bounded: past {@code capacity} the oldest entries are forgotten.
 */
final class StoredList {
    private final KeyValueStore store;
    private final String key;
    private final int capacity;
    private final SmallList<String> items = new SmallList<>();

    StoredList(KeyValueStore store, String key, int capacity) {
        this.store = store;
        this.key = key;
        this.capacity = capacity;
        String saved = store.get(key);
        if (saved != null) {
            int start = 0;
            while (start < saved.length()) {
                int end = saved.indexOf('\n', start);
                if (end < 0) {
                    end = saved.length();
                }
                if (end > start) {
                    items.add(saved.substring(start, end));
                }
                start = end + 1;
            }
        }
    }

    boolean contains(String item) {
        return items.indexOf(item) >= 0;
    }

    int size() {
        return items.size();
    }

    String get(int index) {
        return items.get(index);
    }

    boolean isFull() {
        return items.size() >= capacity;
    }

    /** Appends (a line break inside {@code item} would split it, so such items are refused). */
    void add(String item) {
        if (item == null || item.isEmpty() || item.indexOf('\n') >= 0 || contains(item)) {
            return;
        }
        items.add(item);
        while (items.size() > capacity) {
            items.remove(0);
        }
        save();
    }

    void remove(String item) {
        if (items.remove(item)) {
            save();
        }
    }

    private void save() {
        if (items.isEmpty()) {
            store.remove(key);
            return;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(items.get(i));
        }
        store.set(key, b.toString());
    }
}
