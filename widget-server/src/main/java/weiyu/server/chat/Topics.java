package weiyu.server.chat;

import java.util.regex.Pattern;

/**
 * Thread topics: {@code org/<kind>/<target uid>/<visitor uid>}. Only this shape is accepted,
 * so a topic can never carry wildcards or path tricks into a destination.
 */
public final class Topics {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOPIC = Pattern.compile("org/(workgroup|agent|robot|unified)/[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_-]{1,64}");

    private Topics() {
    }

    public static boolean isValid(String topic) {
        return topic != null && TOPIC.matcher(topic).matches();
    }

    /** True for uids that may stand in a topic (no '/', '.', wildcards or spaces). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static String of(String kind, String targetUid, String visitorUid) {
        return "org/" + kind + "/" + targetUid + "/" + visitorUid;
    }

    /** The STOMP destination clients subscribe to: {@code /topic/} + topic with '/' as '.'. */
    public static String destination(String topic) {
        return "/topic/" + topic.replace('/', '.');
    }

    /** The inverse of the {@code /app/<dotted topic>} a client SENDs to; null when not a valid topic. */
    public static String fromAppDestination(String destination) {
        if (destination == null || !destination.startsWith("/app/")) {
            return null;
        }
        String topic = destination.substring("/app/".length()).replace('.', '/');
        return isValid(topic) ? topic : null;
    }
}
