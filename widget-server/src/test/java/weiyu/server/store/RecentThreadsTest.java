package weiyu.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#recentThreads}: the agent's thread list. */
class RecentThreadsTest {
    @TempDir
    Path dir;

    private static String topic(String visitor) {
        return "org/workgroup/wg/" + visitor;
    }

    private static void thread(Store store, String org, String visitor) {
        store.saveVisitor(new StoredVisitor(visitor, visitor, org, "Nick " + visitor, "", "{}", "2026-11-25 18:00:00"));
        store.saveThread(new StoredThread("th-" + visitor, topic(visitor), "WORKGROUP", visitor, org, "wg",
                "2026-11-25 18:00:00"));
    }

    private static void message(Store store, String uid, String visitor, String sender, String content) {
        store.append(new NewMessage(uid, topic(visitor), "TEXT", content, "SUCCESS", sender, "2026-11-25 18:00:01",
                "{}"));
    }

    @Test
    void listsTheOrgsThreadsWithMessagesMostRecentlyActiveFirst() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            thread(store, "org", "va");
            thread(store, "org", "vb");
            thread(store, "org", "silent");
            thread(store, "other", "vc");
            message(store, "a1", "va", "va", "first from a");
            message(store, "b1", "vb", "vb", "from b");
            message(store, "c1", "vc", "vc", "other org");
            message(store, "a2", "va", "agent", "reply to a");

            List<ThreadSummary> list = store.recentThreads("org", 10);
            assertEquals(List.of(topic("va"), topic("vb")), list.stream().map(s -> s.thread().topic()).toList(),
                    "a thread without messages is not listed; the other org's thread neither");
            ThreadSummary a = list.get(0);
            assertEquals("Nick va", a.visitorNickname());
            assertEquals("a2", a.lastUid());
            assertEquals("reply to a", a.lastContent());
            assertEquals("agent", a.lastSenderUid());
            assertEquals(1, a.unreadFromVisitor(), "the agent's own reply is not unread");
            assertEquals(1, store.recentThreads("org", 1).size());
        }
    }

    @Test
    void readAndRecalledMessagesAreNotUnreadAndRecalledOnesNotTheLast() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            thread(store, "org", "va");
            message(store, "a1", "va", "va", "one");
            message(store, "a2", "va", "va", "two");
            message(store, "a3", "va", "va", "three");
            store.setStatus("a1", "READ");
            store.setStatus("a3", "RECALL");
            ThreadSummary a = store.recentThreads("org", 10).get(0);
            assertEquals(1, a.unreadFromVisitor());
            assertEquals("a2", a.lastUid());
        }
    }
}
