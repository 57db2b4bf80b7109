/**
 * The visitor conversation, sans-IO: plain Java, tested on the JVM.
 *
 * <p>Wiring (the entry point): build a {@link weiyu.widget.chat.ChatIo} from the browser
 * adapters ({@link weiyu.widget.chat.Http} over XMLHttpRequest, {@link weiyu.widget.chat.KeyValueStore}
 * over localStorage, {@link weiyu.widget.chat.Sound} over an Audio element, {@link weiyu.widget.chat.Ids}
 * over crypto.getRandomValues, {@link weiyu.widget.chat.JsonCodec} over JSON.parse/JSON.stringify,
 * {@link weiyu.widget.chat.WallClock} over Date.now and toISOString, and the stomp package's Scheduler and
 * TransportFactory), then {@code new Conversation(config, io, ui)}; the UI calls the
 * {@link weiyu.widget.chat.ConversationActions} it implements and is told everything through
 * {@link weiyu.widget.chat.ConversationListener}. INVITE_VISITOR reaches the page through
 * {@link weiyu.widget.chat.PageEvents}.
 *
 * <p>Zero loss: every message the visitor sends sits in a persisted outbox until the server
 * confirms it (its SUCCESS echo, an HTTP 200, or a history page holding its uid), and is sent
 * again after each reconnect and page load; the server dedupes by uid and the message list is
 * keyed by uid, so nothing shows twice.
 *
 * <p>For the UI: a recalled message is updated to type and status {@code RECALL} with empty
 * content (draw "message recalled"); {@code sender == SYSTEM} (also every unknown type) is a
 * neutral system line; status {@code ERROR} offers retry(uid). Toast keys: "rated",
 * "messageLeft", "sendFailed", "recallExpired".
 */
package weiyu.widget.chat;
