package weiyu.server.agent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import weiyu.server.chat.Fanout;
import weiyu.server.chat.Topics;
import weiyu.server.store.Store;

/**
 * A {@link Fanout} that also copies every thread message to its organisation's inbox,
 * {@code /topic/org.inbox.<orgUid>}, so the agent page sees all threads live with one
 * subscription. ("org/inbox/..." is never a valid thread topic, so the two cannot collide.)
 */
public final class AgentInbox implements Fanout {
    private final Fanout delegate;
    private final Store store;
    private final Map<String, String> orgByDestination = new ConcurrentHashMap<>();

    public AgentInbox(Fanout delegate, Store store) {
        this.delegate = delegate;
        this.store = store;
    }

    public static String dottedTopic(String orgUid) {
        return "org.inbox." + orgUid;
    }

    public static String destination(String orgUid) {
        return "/topic/" + dottedTopic(orgUid);
    }

    @Override
    public void publish(String destination, String json) {
        delegate.publish(destination, json);
        String org = orgOf(destination);
        if (org != null) {
            delegate.publish(destination(org), json);
        }
    }

    @Override
    public Subscription subscribe(String destination, java.util.function.Consumer<String> listener) {
        return delegate.subscribe(destination, listener);
    }

    private String orgOf(String destination) {
        String cached = orgByDestination.get(destination);
        if (cached != null) {
            return cached;
        }
        if (!destination.startsWith("/topic/")) {
            return null;
        }
        String topic = destination.substring("/topic/".length()).replace('.', '/');
        if (!Topics.isValid(topic)) {
            return null;
        }
        String org = store.thread(topic).map(t -> t.orgUid()).orElse(null);
        if (org != null) {
            orgByDestination.put(destination, org);
        }
        return org;
    }
}
