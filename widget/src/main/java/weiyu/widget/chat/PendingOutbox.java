package weiyu.widget.chat;

import weiyu.widget.util.SmallList;

/**
 * Every message the visitor sent that the server has not confirmed yet (by its SUCCESS echo
 * or an HTTP 200), in sending order, persisted so a reload or a lost connection loses none.
 * The order lives under one key, each message's JSON under its own key: a new message is one
 * small write, not a rewrite of everything pending.
 */
final class PendingOutbox {
    static final int CAPACITY = 200;

    private final KeyValueStore store;
    private final String messageKeyPrefix;
    private final MessageJson codec;
    private final StoredList order;
    private final SmallList<ChatMessage> messages = new SmallList<>();

    PendingOutbox(KeyValueStore store, String keyPrefix, MessageJson codec, String selfUid) {
        this.store = store;
        this.messageKeyPrefix = keyPrefix.concat("out.");
        this.codec = codec;
        this.order = new StoredList(store, keyPrefix.concat("outbox"), CAPACITY);
        for (int i = 0; i < order.size(); i++) {
            ChatMessage m = codec.decode(store.get(messageKeyPrefix.concat(order.get(i))), selfUid);
            if (m != null) {
                m.sender = ChatMessage.Sender.SELF;
                messages.add(m);
            }
        }
    }

    int size() {
        return messages.size();
    }

    ChatMessage get(int index) {
        return messages.get(index);
    }

    ChatMessage find(String uid) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).uid.equals(uid)) {
                return messages.get(i);
            }
        }
        return null;
    }

    boolean contains(String uid) {
        return find(uid) != null;
    }

    /** Keeps {@code m}; false (nothing kept) when the outbox is full. */
    boolean add(ChatMessage m) {
        if (contains(m.uid)) {
            return true;
        }
        if (order.isFull()) {
            return false;
        }
        // Message first, then the order that points to it: a crash in between leaves no dangling uid.
        store.set(messageKeyPrefix.concat(m.uid), codec.encode(m));
        order.add(m.uid);
        messages.add(m);
        return true;
    }

    /** Forgets {@code uid}: the server has it. */
    void remove(String uid) {
        ChatMessage m = find(uid);
        if (m == null) {
            return;
        }
        messages.remove(m);
        order.remove(uid);
        store.remove(messageKeyPrefix.concat(uid));
    }
}
