package weiyu.server.agent;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Sign-in tokens for agents: 128 random bits, valid for 12 hours, kept in memory (a restart
 * signs everyone out). The agent page sends its token as the STOMP passcode.
 */
public final class AgentSessions implements AgentAuthenticator {
    static final long LIFETIME_MS = Duration.ofHours(12).toMillis();

    private record Session(Agent agent, long expiresAt) {
    }

    private final AgentAccounts accounts;
    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    public AgentSessions(AgentAccounts accounts, LongSupplier clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token when the password is right. */
    public Optional<String> signIn(String uid, String password) {
        return accounts.check(uid, password).map(agent -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            byToken.put(token, new Session(agent, clock.getAsLong() + LIFETIME_MS));
            return token;
        });
    }

    public void signOut(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    @Override
    public Optional<Agent> verify(String agentUid, String token) {
        return agentFor(token).filter(agent -> agent.uid().equals(agentUid));
    }

    /** The agent a token was issued to, while it is valid (HTTP calls carry the token alone). */
    public Optional<Agent> agentFor(String token) {
        Session session = token == null ? null : byToken.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() > session.expiresAt()) {
            byToken.remove(token);
            return Optional.empty();
        }
        return Optional.of(session.agent());
    }
}
