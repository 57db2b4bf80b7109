package weiyu.server.stomp;

/**
 * What the STOMP endpoint asks of the chat backend: who a CONNECT is, whether it may
 * subscribe to a topic, and what to do with a SEND to {@code /app/...}. A {@link Refused}
 * becomes an ERROR frame (and the connection closes, as STOMP requires after ERROR).
 */
public interface StompApp {
    /** The identity behind CONNECT's {@code login}/{@code passcode}. */
    Principal authenticate(String login, String passcode) throws Refused;

    /** May {@code who} subscribe to {@code /topic/<dottedTopic>}? */
    void authorizeSubscribe(Principal who, String dottedTopic) throws Refused;

    /**
     * A SEND to {@code /app/<dottedTopic>}: process the body (store, publish). Returns only
     * once the outcome is durable, so a RECEIPT after it means "stored".
     */
    void onSend(Principal who, String dottedTopic, String body) throws Refused;

    /** A connection of {@code who} ended (presence tracking). */
    default void onDisconnect(Principal who) {
    }

    /** A visitor (login = visitor uid) or an agent (login + token); apps may extend it. */
    class Principal {
        private final String uid;
        private final boolean agent;

        public Principal(String uid, boolean agent) {
            this.uid = uid;
            this.agent = agent;
        }

        public String uid() {
            return uid;
        }

        public boolean agent() {
            return agent;
        }
    }

    /** Why a frame is refused; the message goes to the client in the ERROR frame. */
    final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }
}
