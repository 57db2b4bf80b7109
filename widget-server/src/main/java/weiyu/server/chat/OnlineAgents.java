package weiyu.server.chat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link AgentPresence} kept in memory: the agent endpoint calls {@link #online} when an agent
 * connects for a target (workgroup, or the agent's own uid) and {@link #offline} when it leaves.
 * An agent connected twice (two tabs) stays online until both leave.
 */
public final class OnlineAgents implements AgentPresence {
    private final Map<String, Map<String, Integer>> sessionsByTarget = new ConcurrentHashMap<>();

    public void online(String orgUid, String targetUid, String agentUid) {
        sessionsByTarget.computeIfAbsent(key(orgUid, targetUid), k -> new ConcurrentHashMap<>())
                .merge(agentUid, 1, Integer::sum);
    }

    public void offline(String orgUid, String targetUid, String agentUid) {
        sessionsByTarget.computeIfPresent(key(orgUid, targetUid), (k, agents) -> {
            agents.computeIfPresent(agentUid, (a, n) -> n > 1 ? n - 1 : null);
            return agents.isEmpty() ? null : agents;
        });
    }

    public Set<String> agents(String orgUid, String targetUid) {
        return Set.copyOf(sessionsByTarget.getOrDefault(key(orgUid, targetUid), Map.of()).keySet());
    }

    @Override
    public boolean anyoneOnline(String orgUid, String targetUid) {
        return !agents(orgUid, targetUid).isEmpty();
    }

    private static String key(String orgUid, String targetUid) {
        return orgUid + "\n" + targetUid;
    }
}
