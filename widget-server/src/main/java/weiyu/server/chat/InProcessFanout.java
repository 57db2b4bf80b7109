package weiyu.server.chat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Fanout} within this JVM: exact destination match, listeners called in subscription order. */
public final class InProcessFanout implements Fanout {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessFanout.class);

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(String destination, String json) {
        for (Consumer<String> listener : listeners.getOrDefault(destination, List.of())) {
            try {
                listener.accept(json);
            } catch (RuntimeException e) {
                // One broken subscriber must not keep the message from the others.
                LOG.warn("a subscriber of {} failed", destination, e);
            }
        }
    }

    @Override
    public Subscription subscribe(String destination, Consumer<String> listener) {
        listeners.computeIfAbsent(destination, d -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(destination, (d, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }
}
