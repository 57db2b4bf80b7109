package weiyu.server.chat;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Server-made uids: 128 random bits as 32 hex digits. Unguessable, because a visitor uid is
 * also the visitor's only credential (the STOMP login, the tail of its thread topic).
 */
public final class Uids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Uids() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
