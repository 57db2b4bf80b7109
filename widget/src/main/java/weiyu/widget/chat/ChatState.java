package weiyu.widget.chat;

import weiyu.widget.config.WidgetConfig;
import weiyu.widget.stomp.StompClient;

/** What the parts of one conversation share: its settings, IO, listener and current facts. */
final class ChatState {
    /** Receipted uids remembered across reloads; older ones are long out of any history page. */
    static final int RECEIPT_MEMORY = 500;

    final WidgetConfig config;
    final ChatIo io;
    final ConversationListener listener;
    final MessageJson codec;
    final VisitorApi api;
    final String keyPrefix;
    final MessageList list;
    final PendingOutbox outbox;
    final StoredList receipted;

    String visitorUid;
    String visitorNickname;
    String visitorAvatar;
    /** The thread object from POST /thread, passed back on every message; null until then. */
    String threadJson;
    /** The thread topic as POST /thread gave it (slashes), for history; null until then. */
    String threadTopic;
    /** The thread topic with '/' replaced by '.', for /topic/... and /app/...; null until the thread. */
    String dottedTopic;
    StompClient stomp;
    boolean panelOpen;
    PageEvents pageEvents;

    ChatState(WidgetConfig config, ChatIo io, ConversationListener listener) {
        this.config = config;
        this.io = io;
        this.listener = listener;
        this.codec = new MessageJson(io.json);
        this.api = new VisitorApi(io.http, io.json, config.apiBase);
        // Per organization: one page may embed widgets of two organizations.
        this.keyPrefix = "weiyu.".concat(config.orgUid).concat(".");
        this.list = new MessageList(listener);
        this.visitorUid = io.store.get(keyPrefix.concat("uid"));
        this.outbox = new PendingOutbox(io.store, keyPrefix, codec, visitorUid);
        this.receipted = new StoredList(io.store, keyPrefix.concat("receipted"), RECEIPT_MEMORY);
    }

    boolean connected() {
        return stomp != null && stomp.isConnected();
    }

    boolean isSelf(ChatMessage m) {
        return visitorUid != null && visitorUid.equals(m.userUid);
    }

    /** The {@code extra} JSON string every message carries: {@code {"orgUid": ...}}. */
    JsonObject extra() {
        return io.json.newObject().put("orgUid", config.orgUid);
    }
}
