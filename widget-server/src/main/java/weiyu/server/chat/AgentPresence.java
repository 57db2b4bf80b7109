package weiyu.server.chat;

/**
 * Whether someone can answer a visitor now: decides WELCOME (someone online) or LEAVE_MSG
 * (nobody) when a thread opens. The agent side drives it.
 */
public interface AgentPresence {
    /** {@code targetUid} is the workgroup, agent or robot uid the visitor asked for ({@code sid}). */
    boolean anyoneOnline(String orgUid, String targetUid);
}
