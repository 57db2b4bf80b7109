package weiyu.server.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message as on the wire: {@code {uid, type, content, status, createdAt, channel, extra,
 * thread, user}}. Immutable; the {@code with} methods give changed copies. Fields the
 * protocol does not name are kept in {@code unknown} as raw JSON and echoed back unchanged.
 */
public record ChatMessage(String uid, String type, String content, String status, String createdAt,
        String channel, String extra, ChatThread thread, ChatUser user, Map<String, String> unknown) {
    public ChatMessage {
        unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown)); // keeps field order
    }

    public ChatMessage withStatus(String newStatus) {
        return new ChatMessage(uid, type, content, newStatus, createdAt, channel, extra, thread, user, unknown);
    }

    /** What the server sets on every message it accepts. */
    public ChatMessage accepted(String serverTime) {
        return new ChatMessage(uid, type, content, MessageStatus.SUCCESS, serverTime, channel, extra, thread, user,
                unknown);
    }
}
