package weiyu.server.stomp;

import java.util.function.Consumer;

/**
 * The fan-out seam as the STOMP endpoint uses it: listen to a dotted topic. In-process
 * today; a relay through a broker can stand behind the same interface for several nodes.
 */
public interface Topics {
    /** Starts delivering each JSON message published on {@code dottedTopic}; close() stops. */
    AutoCloseable listen(String dottedTopic, Consumer<String> listener);
}
