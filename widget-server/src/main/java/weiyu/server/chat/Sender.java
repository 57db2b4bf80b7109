package weiyu.server.chat;

/**
 * Who is sending, as the transport established it (STOMP: the CONNECT login; HTTP fallback:
 * the visitor the message names, which must exist). Not taken from the message itself.
 */
public record Sender(Role role, String uid) {
    public enum Role { VISITOR, AGENT }

    public static Sender visitor(String uid) {
        return new Sender(Role.VISITOR, uid);
    }

    public static Sender agent(String uid) {
        return new Sender(Role.AGENT, uid);
    }
}
