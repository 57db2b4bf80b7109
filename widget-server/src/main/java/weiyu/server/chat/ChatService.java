package weiyu.server.chat;

import java.util.Optional;
import weiyu.server.store.NewMessage;
import weiyu.server.store.Store;
import weiyu.server.store.StoredMessage;
import weiyu.server.store.StoredThread;

/**
 * What the server does with a message a client sends, whatever the transport (STOMP SEND to
 * {@code /app/...} or HTTP {@code POST /message/send}): check it, set status SUCCESS and the
 * server time, store it (signals excepted; RECALL and receipts update their target instead),
 * then publish it to {@code /topic/<dotted topic>}. The published copy is the sender's
 * acknowledgement, so it goes out only after the store has committed.
 */
public final class ChatService {
    private static final int LOCK_STRIPES = 64;

    private final Store store;
    private final Fanout fanout;
    private final ServerClock clock;
    /** Per-topic order: a thread's messages are stored and published one at a time, in seq order. */
    private final Object[] topicLocks = new Object[LOCK_STRIPES];

    public ChatService(Store store, Fanout fanout, ServerClock clock) {
        this.store = store;
        this.fanout = fanout;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            topicLocks[i] = new Object();
        }
    }

    /** Parses and handles one message JSON; {@link Rejected} means nothing was stored or published. */
    public Handled handle(String json, Sender sender) throws Rejected {
        return handle(MessageJson.parse(json), sender);
    }

    public Handled handle(ChatMessage incoming, Sender sender) throws Rejected {
        String topic = incoming.thread().topic();
        StoredThread thread = store.thread(topic).orElseThrow(() ->
                Rejected.invalid("unknown thread topic '" + topic + "': open the thread with POST /thread first"));
        checkSender(incoming, sender, thread);
        synchronized (topicLocks[Math.floorMod(topic.hashCode(), LOCK_STRIPES)]) {
            Handled handled = apply(incoming, sender, topic);
            fanout.publish(Topics.destination(topic), handled.json());
            return handled;
        }
    }

    /** A stored message as clients see it now (its status may have changed since it was stored). */
    public static ChatMessage current(StoredMessage row) {
        try {
            return MessageJson.parse(row.json()).withStatus(row.status());
        } catch (Rejected e) {
            throw new IllegalStateException("stored message " + row.uid() + " is unreadable: " + e.getMessage());
        }
    }

    private static void checkSender(ChatMessage m, Sender sender, StoredThread thread) throws Rejected {
        if (!m.user().uid().equals(sender.uid())) {
            throw Rejected.forbidden("'user.uid' is not the sender's uid");
        }
        if (sender.role() != Sender.Role.VISITOR) {
            return;
        }
        if (!thread.visitorUid().equals(sender.uid())) {
            throw Rejected.forbidden("this thread belongs to another visitor");
        }
        if (m.user().type() != null && !m.user().type().equals("VISITOR")) {
            throw Rejected.forbidden("a visitor sends with user.type VISITOR");
        }
        if (!MessageTypes.visitorMaySend(m.type())) {
            throw Rejected.forbidden("a visitor cannot send messages of type " + m.type());
        }
    }

    private Handled apply(ChatMessage incoming, Sender sender, String topic) throws Rejected {
        ChatMessage accepted = incoming.accepted(clock.now());
        if (MessageTypes.isSignal(incoming.type())) {
            return new Handled(accepted, MessageJson.write(accepted), Handled.Outcome.PASSED_ON);
        }
        if (incoming.type().equals(MessageTypes.RECALL) || MessageTypes.isReceipt(incoming.type())) {
            updateTarget(incoming, sender, topic);
            return new Handled(accepted, MessageJson.write(accepted), Handled.Outcome.TARGET_UPDATED);
        }
        String json = MessageJson.write(accepted);
        Store.Appended appended = store.append(new NewMessage(accepted.uid(), topic, accepted.type(),
                accepted.content(), accepted.status(), sender.uid(), accepted.createdAt(), json));
        if (appended.added()) {
            return new Handled(accepted, json, Handled.Outcome.STORED);
        }
        StoredMessage earlier = appended.message();
        if (!earlier.topic().equals(topic) || !earlier.senderUid().equals(sender.uid())) {
            throw Rejected.invalid("uid '" + incoming.uid() + "' is already taken by another message");
        }
        ChatMessage stored = current(earlier);
        return new Handled(stored, MessageJson.write(stored), Handled.Outcome.DUPLICATE);
    }

    /** RECALL: only the author, any time. READ/DELIVERED: never downgrade, never revive a recalled message. */
    private void updateTarget(ChatMessage m, Sender sender, String topic) throws Rejected {
        Optional<StoredMessage> found = store.message(m.content());
        if (found.isEmpty() || !found.get().topic().equals(topic)) {
            throw Rejected.invalid(m.type() + " names message '" + m.content() + "', which is not in this thread");
        }
        StoredMessage target = found.get();
        String status = target.status();
        if (m.type().equals(MessageTypes.RECALL)) {
            if (!target.senderUid().equals(sender.uid())) {
                throw Rejected.forbidden("only the author can recall a message");
            }
            store.setStatus(target.uid(), MessageStatus.RECALL);
            return;
        }
        boolean byAuthor = target.senderUid().equals(sender.uid());
        boolean settled = status.equals(MessageStatus.READ) || status.equals(MessageStatus.RECALL)
                || status.equals(m.type());
        if (!byAuthor && !settled) {
            store.setStatus(target.uid(), m.type());
        }
    }
}
