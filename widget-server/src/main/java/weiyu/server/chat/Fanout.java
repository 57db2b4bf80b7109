package weiyu.server.chat;

import java.util.function.Consumer;

/**
 * Where accepted messages go out to subscribers of a destination ({@code /topic/<dotted
 * topic>}). In-process for one node ({@link InProcessFanout}); a broker-relayed one lets
 * several nodes share threads. Listeners run on the publishing thread and must not block
 * (a STOMP session should queue the frame and return).
 */
public interface Fanout {
    void publish(String destination, String json);

    Subscription subscribe(String destination, Consumer<String> listener);

    /** Stops one listener; cancelling twice is harmless. */
    interface Subscription {
        void cancel();
    }
}
