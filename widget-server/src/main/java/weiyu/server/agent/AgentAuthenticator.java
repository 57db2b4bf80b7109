package weiyu.server.agent;

import java.util.Optional;

/** Checks the token an agent got from signing in on the agent page (sent as STOMP passcode). */
public interface AgentAuthenticator {
    Optional<Agent> verify(String agentUid, String token);
}
