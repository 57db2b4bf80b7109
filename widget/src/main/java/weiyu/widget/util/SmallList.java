package weiyu.widget.util;

/**
 * A growable array with only the list operations the widget uses. java.util.ArrayList brings
 * its class hierarchy (AbstractList, Collection, Iterable ...), iterators and modification
 * checks into the bundle; this is one small class. Indexes are the caller's to keep in range.
 * Plain Java: the stomp engine on the server uses it too.
 */
public final class SmallList<T> {
    private Object[] items = new Object[8];
    private int size;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    public void add(T item) {
        add(size, item);
    }

    /** Inserts at {@code index} (0..size), moving later items up. */
    public void add(int index, T item) {
        if (size == items.length) {
            // A loop, not System.arraycopy or Arrays.copyOf: both cost the bundle more.
            Object[] bigger = new Object[size * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = items[i];
            }
            items = bigger;
        }
        for (int i = size; i > index; i--) {
            items[i] = items[i - 1];
        }
        items[index] = item;
        size++;
    }

    /** Removes and returns the item at {@code index}, moving later items down. */
    @SuppressWarnings("unchecked")
    public T remove(int index) {
        Object removed = items[index];
        size--;
        for (int i = index; i < size; i++) {
            items[i] = items[i + 1];
        }
        items[size] = null;
        return (T) removed;
    }

    /** Removes the first item equal to {@code item}; false when there is none. */
    public boolean remove(Object item) {
        int i = indexOf(item);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    /** The first index of an item equal to {@code item}, or -1. */
    public int indexOf(Object item) {
        for (int i = 0; i < size; i++) {
            if (item == null ? items[i] == null : item.equals(items[i])) {
                return i;
            }
        }
        return -1;
    }

    public void clear() {
        items = new Object[8];
        size = 0;
    }
}
