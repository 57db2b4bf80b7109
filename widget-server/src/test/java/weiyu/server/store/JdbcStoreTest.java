package weiyu.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStoreTest {
    private static final String TOPIC = "org/workgroup/wg/v1";

    @TempDir
    Path dir;

    private static NewMessage text(String uid, String sender) {
        return new NewMessage(uid, TOPIC, "TEXT", "hi " + uid, "SUCCESS", sender, "2026-11-25 18:00:00",
                "{\"uid\":\"" + uid + "\"}");
    }

    private static StoredThread thread() {
        return new StoredThread("th1", TOPIC, "WORKGROUP", "v1", "org", "wg", "2026-11-25 18:00:00");
    }

    @Test
    void theSameUidIsStoredOnce() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            Store.Appended first = store.append(text("m1", "v1"));
            Store.Appended again = store.append(new NewMessage("m1", TOPIC, "TEXT", "changed", "SUCCESS", "v1", "x", "{}"));
            assertTrue(first.added());
            assertFalse(again.added());
            assertEquals("hi m1", again.message().content(), "the stored message wins");
            assertEquals(1, store.visibleCount(TOPIC));
        }
    }

    @Test
    void historyPagesNewestFirstInAppendOrder() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            for (int i = 0; i < 25; i++) {
                store.append(text("m" + i, "v1"));
            }
            HistoryPage first = store.history(TOPIC, 0, 10);
            HistoryPage last = store.history(TOPIC, 2, 10);
            assertEquals(List.of("m24", "m23", "m22"), first.content().subList(0, 3).stream().map(StoredMessage::uid).toList());
            assertEquals(25, first.totalElements());
            assertEquals(3, first.totalPages());
            assertFalse(first.last());
            assertEquals(List.of("m4", "m3", "m2", "m1", "m0"), last.content().stream().map(StoredMessage::uid).toList());
            assertTrue(last.last());
            assertTrue(store.history(TOPIC, 3, 10).content().isEmpty());
        }
    }

    @Test
    void recalledMessagesLeaveTheHistoryButKeepTheirUid() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            store.append(text("m1", "v1"));
            store.append(text("m2", "v1"));
            assertTrue(store.setStatus("m1", "RECALL"));
            assertEquals(List.of("m2"), store.history(TOPIC, 0, 20).content().stream().map(StoredMessage::uid).toList());
            assertFalse(store.append(text("m1", "v1")).added(), "a late retry does not bring a recalled message back");
            assertFalse(store.setStatus("nope", "READ"));
        }
    }

    @Test
    void unreadCountsOthersMessagesInTheVisitorsThreads() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            store.saveThread(thread());
            store.append(text("a1", "agent"));
            store.append(text("a2", "agent"));
            store.append(text("v1m", "v1"));
            assertEquals(2, store.unreadBy("v1"));
            store.setStatus("a1", "READ");
            assertEquals(1, store.unreadBy("v1"));
            assertEquals(0, store.unreadBy("someone-else"));
        }
    }

    @Test
    void visitorsAndThreadsAreInsertedOnceAndFound() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            StoredVisitor v = new StoredVisitor("u1", "site-42", "org", "Ann", "", "{}", "2026-11-25 18:00:00");
            assertEquals(v, store.saveVisitor(v));
            assertEquals(v, store.saveVisitor(new StoredVisitor("u1", "x", "org", "Bob", "", "{}", "later")));
            assertEquals(v, store.visitorByVisitorUid("org", "site-42").orElseThrow());
            assertTrue(store.visitorByVisitorUid("other-org", "site-42").isEmpty());
            StoredThread t = store.saveThread(thread());
            assertEquals(t, store.saveThread(new StoredThread("th2", TOPIC, "WORKGROUP", "v1", "org", "wg", "later")));
            assertEquals("th1", store.thread(TOPIC).orElseThrow().uid());
        }
    }

    @Test
    void theDatabaseRunsInWalMode() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir);
                java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteDatabase.FILE_NAME));
                java.sql.ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void everythingIsThereAfterReopening() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            store.saveThread(thread());
            store.append(text("m1", "v1"));
            store.setStatus("m1", "READ");
        }
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            assertEquals("READ", store.message("m1").orElseThrow().status());
            assertTrue(store.thread(TOPIC).isPresent());
        }
    }

    @Test
    void concurrentAppendsAreAllStoredWithDistinctSeqs() throws Exception {
        try (JdbcStore store = SqliteDatabase.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Store.Appended>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String uid = "m" + (i % 100); // every uid twice, from different threads
                results.add(pool.submit(() -> store.append(text(uid, "v1"))));
            }
            int added = 0;
            for (Future<Store.Appended> r : results) {
                added += r.get().added() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(100, added);
            assertEquals(100, store.visibleCount(TOPIC));
        }
    }
}
