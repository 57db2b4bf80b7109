package weiyu.server.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code user} of a message or thread: {@code {uid, nickname, avatar, type, extra}}.
 * {@code extra} is a JSON string, kept as is; {@code unknown} holds any other field as raw
 * JSON so it goes back out unchanged.
 */
public record ChatUser(String uid, String nickname, String avatar, String type, String extra,
        Map<String, String> unknown) {
    public ChatUser {
        unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown)); // keeps field order
    }

    public static ChatUser of(String uid, String nickname, String avatar, String type) {
        return new ChatUser(uid, nickname, avatar, type, null, Map.of());
    }
}
