package weiyu.widget.chat;

import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.PublishResult;
import weiyu.widget.util.SmallList;

/**
 * Gets the visitor's messages to the server: over STOMP while connected, else through
 * {@code POST /message/send} (the seed's HTTP fallback). A message stays in the persisted
 * outbox until the server confirms it, so a lost connection, a failed request or a reload
 * only delays it; the server dedupes by uid, so sending again is always safe.
 */
final class Delivery {
    /** A STOMP send with no echo this long is shown as failed (it stays queued for replay). */
    static final int ECHO_TIMEOUT_MS = 15000;

    private final ChatState s;
    private final OutgoingMessages out;
    private final SmallList<String> httpInFlight = new SmallList<>();
    private final SmallList<Attempt> echoWaits = new SmallList<>();
    /** Where a server-confirmed own message goes: the same path as its STOMP echo. */
    private Inbound confirmations;

    Delivery(ChatState state, OutgoingMessages out) {
        this.s = state;
        this.out = out;
    }

    void setConfirmations(Inbound confirmations) {
        this.confirmations = confirmations;
    }

    /** Keeps {@code m} in the outbox, then sends it. */
    void submit(ChatMessage m) {
        if (!s.outbox.add(m)) {
            fail(m, true);
            return;
        }
        transmit(m, true);
    }

    /** Sends every unconfirmed message again, oldest first (after a reconnect or a reload). */
    void replayAll() {
        // A copy: confirmations during the loop (an HTTP answer cannot come synchronously in the
        // browser, but a fake may) must not skip entries.
        SmallList<ChatMessage> pending = new SmallList<>();
        for (int i = 0; i < s.outbox.size(); i++) {
            pending.add(s.outbox.get(i));
        }
        for (int i = 0; i < pending.size(); i++) {
            if (s.outbox.contains(pending.get(i).uid)) {
                transmit(pending.get(i), false);
            }
        }
    }

    /**
     * Sends an outbox message now; without a thread yet it waits for {@link #replayAll()}.
     * {@code visitorAsked}: a failure is toasted only for the visitor's own action, not for
     * the replays that repeat on every reconnect attempt during an outage.
     */
    void transmit(ChatMessage m, boolean visitorAsked) {
        if (s.threadJson == null || s.visitorUid == null) {
            return;
        }
        out.stamp(m);
        setStatus(m, MessageTypes.SENDING);
        String body = s.codec.encode(m);
        if (s.connected() && s.stomp.publish(destination(), body, null) == PublishResult.SENT) {
            awaitEcho(m);
            return;
        }
        if (httpInFlight.indexOf(m.uid) >= 0) {
            return; // that request will answer for it
        }
        httpInFlight.add(m.uid);
        s.api.send(body, new Attempt(m, visitorAsked));
    }

    /**
     * A receipt or typing signal: not kept (the ledger keeps receipts unique; a stale typing
     * signal is worthless). {@code httpFallback}: try HTTP while disconnected.
     */
    void signal(ChatMessage m, boolean httpFallback) {
        if (s.threadJson == null) {
            return;
        }
        out.stamp(m);
        String body = s.codec.encode(m);
        if (s.connected()) {
            s.stomp.publish(destination(), body, null);
        } else if (httpFallback) {
            s.api.send(body, null);
        }
    }

    /**
     * A READ receipt for {@code m} from the agent side, unless one went already. The visitor
     * side counts a message as read when it arrives (the seed's rule) and sends one receipt
     * per uid, ever: the set of receipted uids is persisted, so reconnects, history reloads
     * and page reloads never send a second one.
     */
    void acknowledge(ChatMessage m) {
        if (!MessageTypes.wantsReceipt(m.type) || "READ".equals(m.status) || s.receipted.contains(m.uid)) {
            return;
        }
        // Remembered before sending: a receipt lost with the connection is not worth a duplicate.
        s.receipted.add(m.uid);
        signal(out.readReceipt(m.uid), true);
    }

    /** The server has {@code uid}: forget it from the outbox. */
    void confirmed(String uid) {
        s.outbox.remove(uid);
        stopWaiting(uid);
    }

    private void fail(ChatMessage m, boolean announce) {
        stopWaiting(m.uid);
        setStatus(m, MessageTypes.ERROR);
        if (announce) {
            s.listener.toast("sendFailed");
        }
    }

    /**
     * A confirmation made from our own copy. Its createdAt is the browser's clock, so it is
     * left out: only the server's time may place the message among server-stamped ones.
     */
    private static ChatMessage withoutTime(ChatMessage m) {
        ChatMessage c = new ChatMessage();
        c.uid = m.uid;
        c.type = m.type;
        c.content = m.content;
        c.extra = m.extra;
        c.threadJson = m.threadJson;
        c.userUid = m.userUid;
        c.sender = ChatMessage.Sender.SELF;
        return c;
    }

    /** Sets the status, and tells the UI when it shows this message (ratings etc. are not shown). */
    private void setStatus(ChatMessage m, String status) {
        if (!status.equals(m.status)) {
            m.status = status;
            if (s.list.find(m.uid) == m) {
                s.listener.messageUpdated(m);
            }
        }
    }

    private void awaitEcho(ChatMessage m) {
        stopWaiting(m.uid);
        Attempt wait = new Attempt(m, true);
        echoWaits.add(wait);
        wait.timer = s.io.scheduler.schedule(ECHO_TIMEOUT_MS, wait);
    }

    private void stopWaiting(String uid) {
        for (int i = 0; i < echoWaits.size(); i++) {
            if (echoWaits.get(i).message.uid.equals(uid)) {
                echoWaits.remove(i).timer.cancel();
                return;
            }
        }
    }

    /**
     * One send of a message: over STOMP, the wait for its echo (its timer shows it failed); over
     * HTTP, the wait for the answer. One class for both keeps a lambda class out of the bundle.
     */
    private final class Attempt implements Runnable, VisitorApi.Reply {
        final ChatMessage message;
        /** A failure is toasted (see transmit). */
        private final boolean visitorAsked;
        Cancellable timer;

        Attempt(ChatMessage message, boolean visitorAsked) {
            this.message = message;
            this.visitorAsked = visitorAsked;
        }

        /** No echo in time. */
        @Override
        public void run() {
            stopWaiting(message.uid);
            if (s.outbox.contains(message.uid)) {
                fail(message, visitorAsked);
            }
        }

        /** The HTTP fallback answered. */
        @Override
        public void done(boolean ok, JsonObject data) {
            ChatMessage m = message;
            httpInFlight.remove(m.uid);
            if (!ok) {
                fail(m, visitorAsked);
                return;
            }
            ChatMessage copy = data == null ? null : s.codec.fromObject(data, s.visitorUid);
            if (copy == null || !m.uid.equals(copy.uid)) {
                copy = withoutTime(m); // the seed's server answers only code 200
            }
            copy.status = MessageTypes.SUCCESS;
            confirmations.onOwn(copy);
        }
    }

    private String destination() {
        return "/app/".concat(s.dottedTopic);
    }
}
