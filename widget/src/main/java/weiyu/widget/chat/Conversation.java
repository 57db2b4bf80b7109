package weiyu.widget.chat;

import weiyu.widget.config.WidgetConfig;
import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.ClientState;
import weiyu.widget.stomp.StateListener;
import weiyu.widget.stomp.StompClient;
import weiyu.widget.stomp.StompConfig;

/**
 * The visitor's conversation: POST /init (the visitor uid is remembered, so a returning
 * visitor continues) → POST /thread → the returned message → history → STOMP with
 * login = uid → SUBSCRIBE /topic/&lt;dotted topic&gt; → SEND to /app/&lt;dotted topic&gt;.
 * Starts on the first panelOpened() or start(). All IO goes through {@link ChatIo}; all
 * methods run on the browser's event loop.
 */
public final class Conversation implements ConversationActions, StateListener, Runnable, VisitorApi.Reply {
    /** An own message may be recalled this long after it was sent. */
    static final int RECALL_WINDOW_MS = 120000;
    /** At most one TYPING signal per this many ms. */
    static final int TYPING_EVERY_MS = 3000;
    static final int RESTART_FIRST_MS = 2000;
    static final int RESTART_CAP_MS = 60000;

    private final ChatState s;
    private final OutgoingMessages out;
    private final Delivery delivery;
    private final Attention attention;
    private final Inbound inbound;
    private final HistorySync history;
    private final Uploads uploads;

    private String[] visitorInfo = new String[0];
    private int visitorInfoChanges;
    /** {@link #visitorInfoChanges} when POST /init went out: a change since is posted on its own. */
    private int visitorInfoSent;
    /** True once POST /init answered: later visitor info is posted on its own. */
    private boolean visitorKnown;
    private boolean started;
    private boolean everConnected;
    private String connection = "offline";
    private double lastTypingAt = Double.NEGATIVE_INFINITY;
    private int restartDelay = RESTART_FIRST_MS;
    private Cancellable restartTimer;

    public Conversation(WidgetConfig config, ChatIo io, ConversationListener listener) {
        s = new ChatState(config, io, listener);
        out = new OutgoingMessages(s);
        delivery = new Delivery(s, out);
        attention = new Attention(s);
        inbound = new Inbound(s, delivery, attention);
        delivery.setConfirmations(inbound);
        history = new HistorySync(s, delivery, attention);
        uploads = new Uploads(s, out, delivery);
    }

    /** Where INVITE_VISITOR goes (the embed layer raises a page event). */
    public void setPageEvents(PageEvents events) {
        s.pageEvents = events;
    }

    /**
     * Extra VisitorRequest fields for POST /init and /thread as flat name/value pairs, e.g.
     * nickname, url, title, referrer, browser, os, device (protocol.md lists them).
     */
    public void setVisitorInfo(String[] namesAndValues) {
        visitorInfo = namesAndValues == null ? new String[0] : namesAndValues;
        visitorInfoChanges++;
        if (visitorKnown) {
            postVisitorInfo(); // the page signed the visitor in after the chat had started
        }
    }

    /** POST /init again with the known uid and the new fields; the server updates the visitor. */
    private void postVisitorInfo() {
        s.api.init(visitorRequest(), null);
    }

    /** Starts the conversation (once); panelOpened() calls it. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        initVisitor();
    }

    /** Closes the connection for good (the page is leaving); the outbox stays for the next page. */
    public void stop() {
        if (restartTimer != null) {
            restartTimer.cancel();
        }
        if (s.stomp != null) {
            s.stomp.deactivate();
        }
    }

    /** "connecting", "online", "reconnecting" or "offline". */
    public String connectionState() {
        return connection;
    }

    public int unreadCount() {
        return attention.unread();
    }

    public boolean soundEnabled() {
        return attention.soundOn();
    }

    /** The visitor's uid once known (after POST /init, or remembered from an earlier visit). */
    public String visitorUid() {
        return s.visitorUid;
    }

    @Override
    public void panelOpened() {
        s.panelOpen = true;
        attention.clearUnread();
        start();
    }

    @Override
    public void panelClosed() {
        s.panelOpen = false;
    }

    @Override
    public void sendText(String text) {
        if (text == null || text.trim().isEmpty()) {
            return;
        }
        start();
        ChatMessage m = out.create(MessageTypes.TEXT, text, null);
        s.list.appendOwn(m, s.io.clock.epochMillis());
        delivery.submit(m);
    }

    @Override
    public void typing() {
        double now = s.io.scheduler.now();
        if (!s.connected() || now - lastTypingAt < TYPING_EVERY_MS) {
            return;
        }
        lastTypingAt = now;
        delivery.signal(out.typing(), false);
    }

    @Override
    public void sendFile(Object file, String fileName, String mimeType, int size, boolean image) {
        start();
        uploads.send(file, fileName, mimeType, size, image);
    }

    @Override
    public void retry(String uid) {
        if (uploads.retry(uid)) {
            return;
        }
        ChatMessage m = s.outbox.find(uid);
        if (m != null) {
            delivery.transmit(m, true);
            return;
        }
        m = s.list.find(uid);
        if (m != null && m.sender == ChatMessage.Sender.SELF && MessageTypes.ERROR.equals(m.status)) {
            delivery.submit(m); // refused by a full outbox earlier
        }
    }

    @Override
    public void recall(String uid) {
        ChatMessage m = s.list.find(uid);
        if (m == null || m.sender != ChatMessage.Sender.SELF || MessageTypes.RECALL.equals(m.type)) {
            return;
        }
        double sentAt = s.list.sentAt(uid);
        boolean delivered = MessageTypes.advances(MessageTypes.SENDING, m.status);
        if (!delivered || Double.isNaN(sentAt) || s.io.clock.epochMillis() - sentAt > RECALL_WINDOW_MS) {
            s.listener.toast("recallExpired");
            return;
        }
        delivery.submit(out.recall(uid));
    }

    @Override
    public void rate(int score, boolean resolved, String comment) {
        if (score < 1 || score > 5) {
            return;
        }
        delivery.submit(out.rating(score, resolved, comment));
    }

    @Override
    public void leaveMessage(String nickname, String contact, String content) {
        start();
        delivery.submit(out.leaveMessage(nickname, contact, content));
    }

    @Override
    public void setSoundEnabled(boolean enabled) {
        attention.setSoundOn(enabled);
    }

    private void initVisitor() {
        setConnection("connecting");
        visitorInfoSent = visitorInfoChanges;
        s.api.init(visitorRequest(), this);
    }

    private void openThread() {
        setConnection("connecting");
        s.api.thread(visitorRequest(), this);
    }

    /**
     * The answer to POST /init, or once the visitor is known, to POST /thread (the conversation
     * is the Reply of both: no lambda classes in the bundle). Only one of them is ever in flight;
     * a later /init with new visitor info passes no Reply.
     */
    @Override
    public void done(boolean ok, JsonObject data) {
        if (visitorKnown) {
            threadOpened(ok, data);
        } else {
            visitorInitialised(ok, data);
        }
    }

    private void visitorInitialised(boolean ok, JsonObject visitor) {
        String uid = visitor == null ? null : visitor.string("uid");
        if (!ok || uid == null || uid.isEmpty()) {
            restartLater();
            return;
        }
        s.visitorUid = uid;
        s.visitorNickname = visitor.string("nickname");
        s.visitorAvatar = visitor.string("avatar");
        s.io.store.set(s.keyPrefix.concat("uid"), uid);
        visitorKnown = true;
        if (visitorInfoSent != visitorInfoChanges) {
            postVisitorInfo();
        }
        uploads.uploadWaiting();
        openThread();
    }

    private void threadOpened(boolean ok, JsonObject first) {
        JsonObject thread = first == null ? null : first.object("thread");
        String topic = thread == null ? null : thread.string("topic");
        if (!ok || topic == null || topic.isEmpty()) {
            restartLater();
            return;
        }
        restartDelay = RESTART_FIRST_MS;
        s.threadJson = first.raw("thread");
        s.threadTopic = topic;
        s.dottedTopic = dotted(topic);
        showFirstMessage(first);
        history.loadFirstPage(this);
    }

    private void showFirstMessage(JsonObject first) {
        ChatMessage m = s.codec.fromObject(first, s.visitorUid);
        boolean nobodyOnline = m != null && MessageTypes.LEAVE_MSG.equals(m.type);
        ThreadHeader.show(s, first, !nobodyOnline);
        if (m != null && !s.list.insertByTime(m)) {
            s.list.mergeServerCopy(m);
        }
        if (nobodyOnline) {
            s.listener.leaveMessageOffered();
        }
    }

    private void connect() {
        // Messages kept from an earlier page that history did not confirm: show, then send.
        for (int i = 0; i < s.outbox.size(); i++) {
            ChatMessage m = s.outbox.get(i);
            if (OutgoingMessages.shownWhenSent(m.type) && s.list.find(m.uid) == null) {
                s.list.appendOwn(m, Double.NaN);
            }
        }
        StompConfig config = new StompConfig();
        config.url = s.config.brokerUrl;
        config.login = s.visitorUid;
        s.stomp = new StompClient(config, s.io.sockets, s.io.scheduler);
        s.stomp.setStateListener(this);
        s.stomp.subscribe("/topic/".concat(s.dottedTopic), "client", inbound);
        delivery.replayAll();
        s.stomp.activate();
    }

    /** The STOMP client's state (the conversation is its listener: no lambda class in the bundle). */
    @Override
    public void onStateChange(int state, double reconnectDelayMs) {
        // An if-chain: smaller in the bundle than a switch's labelled blocks.
        if (state == ClientState.CONNECTED) {
            everConnected = true;
            setConnection("online");
            delivery.replayAll();
            uploads.retryFailed();
            // Also on the first connection: it closes the gap between the history
            // request and the subscription, where a message could slip by unseen.
            history.fetchMissed();
        } else if (state == ClientState.CONNECTING) {
            setConnection(everConnected ? "reconnecting" : "connecting");
        } else if (state == ClientState.RECONNECTING) {
            setConnection("reconnecting");
            // Sent but not echoed when the socket died: the HTTP fallback takes them now.
            delivery.replayAll();
        } else {
            setConnection("offline");
        }
    }

    /** Runs the step that failed again later: the visitor's init, or once that answered, the thread. */
    private void restartLater() {
        setConnection("offline");
        int delay = restartDelay;
        restartDelay = Math.min(restartDelay * 2, RESTART_CAP_MS);
        restartTimer = s.io.scheduler.schedule(delay, this);
    }

    /**
     * The conversation's one deferred step (itself the Runnable: no lambda classes in the
     * bundle). With the thread open it is the first history page's end: connect. Before that
     * it is the restart timer: the topic is set only when POST /thread succeeded, and no
     * restart is scheduled after that.
     */
    @Override
    public void run() {
        if (s.threadTopic != null) {
            connect();
        } else if (visitorKnown) {
            openThread();
        } else {
            initVisitor();
        }
    }

    private void setConnection(String state) {
        if (!state.equals(connection)) {
            connection = state;
            s.listener.connectionChanged(state);
        }
    }

    /**
     * The topic with '/' replaced by '.', from String pieces the bundle has anyway
     * (String.replace(char, char) would add its own copy loop).
     */
    private static String dotted(String topic) {
        String dotted = "";
        int from = 0;
        for (int slash = topic.indexOf('/'); slash >= 0; slash = topic.indexOf('/', from)) {
            dotted = dotted.concat(topic.substring(from, slash)).concat(".");
            from = slash + 1;
        }
        return dotted.concat(topic.substring(from));
    }

    /** protocol.md's VisitorRequest: who the visitor is and where the chat should go. */
    private JsonObject visitorRequest() {
        JsonObject r = s.io.json.newObject()
                .put("orgUid", s.config.orgUid)
                .put("type", s.config.threadType)
                .put("sid", s.config.sid)
                .put("channel", OutgoingMessages.CHANNEL)
                .put("lang", s.config.locale);
        if (s.visitorUid != null) {
            r.put("uid", s.visitorUid);
        }
        for (int i = 0; i + 1 < visitorInfo.length; i += 2) {
            r.put(visitorInfo[i], visitorInfo[i + 1]);
        }
        return r;
    }
}
