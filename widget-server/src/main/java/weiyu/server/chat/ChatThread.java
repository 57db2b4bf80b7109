package weiyu.server.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code thread} a message carries: what {@code POST /thread} handed the client. The
 * server routes by {@code topic} only; {@code extra}, {@code agent}, {@code robot} and
 * {@code workgroup} are JSON strings kept as they are, other fields as raw JSON.
 */
public record ChatThread(String uid, String topic, String type, String status, ChatUser user, String channel,
        String extra, String agent, String robot, String workgroup, Map<String, String> unknown) {
    public ChatThread {
        unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown)); // keeps field order
    }
}
