package weiyu.server.store;

/**
 * A line of the agent's thread list: the thread, its visitor's nickname, its newest visible
 * message (type, content, time and author) and how many of the visitor's messages are not READ yet.
 */
public record ThreadSummary(StoredThread thread, String visitorNickname, String lastUid, String lastType,
        String lastContent, String lastCreatedAt, String lastSenderUid, long unreadFromVisitor) {
}
