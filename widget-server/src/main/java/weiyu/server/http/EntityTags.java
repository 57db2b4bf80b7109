package weiyu.server.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entity tags for revalidation: a client with the current copy gets a 304 and no body. */
public final class EntityTags {
    private EntityTags() {
    }

    /** A strong tag for these exact bytes: a quoted SHA-256 prefix, so equal bytes give equal tags on any server. */
    public static String of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Whether an {@code If-None-Match} header names {@code etag} (or is {@code *}). Weak
     * comparison, as RFC 9110 asks for this header: {@code W/"x"} matches {@code "x"}.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
