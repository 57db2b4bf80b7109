package weiyu.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@link Store} over one JDBC connection in auto-commit mode: each write is durable when the
 * call returns (message appends share transactions, see {@link #append}). Every method holds the store's lock, so the
 * connection is used by one thread at a time (SQLite has a single writer anyway).
 * The SQL is portable between SQLite and PostgreSQL ({@code ON CONFLICT ... DO NOTHING}).
 */
public final class JdbcStore implements Store {
    private static final String MESSAGE_COLUMNS = "seq, uid, topic, type, content, status, sender_uid, created_at, json";
    private static final String VISITOR_COLUMNS = "uid, visitor_uid, org_uid, nickname, avatar, details, created_at";
    private static final String THREAD_COLUMNS = "uid, topic, type, visitor_uid, org_uid, sid, created_at";

    private final Connection connection;
    private final Queue<PendingAppend> pendingAppends = new ConcurrentLinkedQueue<>();

    JdbcStore(Connection connection) {
        this.connection = connection;
    }

    @Override
    public synchronized StoredVisitor saveVisitor(StoredVisitor v) {
        update("INSERT INTO visitors (" + VISITOR_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
                v.uid(), v.visitorUid(), v.orgUid(), v.nickname(), v.avatar(), v.details(), v.createdAt());
        return visitor(v.uid()).orElseThrow();
    }

    @Override
    public synchronized StoredVisitor updateVisitorProfile(StoredVisitor v) {
        update("UPDATE visitors SET nickname = ?, avatar = ?, details = ? WHERE uid = ?",
                v.nickname(), v.avatar(), v.details(), v.uid());
        return visitor(v.uid()).orElseThrow();
    }

    @Override
    public synchronized Optional<StoredVisitor> visitor(String uid) {
        return first(query("SELECT " + VISITOR_COLUMNS + " FROM visitors WHERE uid = ?", JdbcStore::visitorRow, uid));
    }

    @Override
    public synchronized Optional<StoredVisitor> visitorByVisitorUid(String orgUid, String visitorUid) {
        return first(query("SELECT " + VISITOR_COLUMNS + " FROM visitors WHERE org_uid = ? AND visitor_uid = ?"
                + " ORDER BY created_at LIMIT 1", JdbcStore::visitorRow, orgUid, visitorUid));
    }

    @Override
    public synchronized StoredThread saveThread(StoredThread t) {
        update("INSERT INTO threads (" + THREAD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (topic) DO NOTHING",
                t.uid(), t.topic(), t.type(), t.visitorUid(), t.orgUid(), t.sid(), t.createdAt());
        return thread(t.topic()).orElseThrow();
    }

    @Override
    public synchronized Optional<StoredThread> thread(String topic) {
        return first(query("SELECT " + THREAD_COLUMNS + " FROM threads WHERE topic = ?", JdbcStore::threadRow, topic));
    }

    /**
     * Group commit: appends that queue up while another commit holds the lock are written by
     * the next lock holder in ONE transaction, so many messages share one fsync. Each call still
     * returns only after the transaction holding its row has committed.
     */
    @Override
    public Appended append(NewMessage m) {
        PendingAppend mine = new PendingAppend(m);
        pendingAppends.add(mine);
        synchronized (this) {
            if (!mine.isDone()) {
                commitPendingAppends();
            }
        }
        return mine.result();
    }

    /** Holds the lock. Writes every queued append in one transaction; on failure, one by one. */
    private void commitPendingAppends() {
        List<PendingAppend> batch = new ArrayList<>();
        for (PendingAppend p; (p = pendingAppends.poll()) != null; ) {
            batch.add(p);
        }
        try {
            connection.setAutoCommit(false);
            List<Appended> results = new ArrayList<>();
            for (PendingAppend p : batch) {
                results.add(insert(p.message));
            }
            connection.commit();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).succeed(results.get(i));
            }
        } catch (SQLException | StoreException e) {
            rollbackQuietly();
            // One bad row must not fail the messages that shared its transaction.
            for (PendingAppend p : batch) {
                try {
                    p.succeed(insert(p.message));
                } catch (StoreException single) {
                    p.fail(single);
                }
            }
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new StoreException("database connection broken", e);
            }
        }
    }

    private Appended insert(NewMessage m) {
        int added = update("INSERT INTO messages (uid, topic, type, content, status, sender_uid, created_at, json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
                m.uid(), m.topic(), m.type(), m.content(), m.status(), m.senderUid(), m.createdAt(), m.json());
        return new Appended(message(m.uid()).orElseThrow(), added == 1);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the batch is retried row by row in auto-commit mode, which reports any real failure
        }
    }

    @Override
    public synchronized Optional<StoredMessage> message(String uid) {
        return first(query("SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE uid = ?", JdbcStore::messageRow, uid));
    }

    @Override
    public synchronized boolean setStatus(String uid, String status) {
        return update("UPDATE messages SET status = ? WHERE uid = ?", status, uid) == 1;
    }

    @Override
    public synchronized HistoryPage history(String topic, int pageNumber, int pageSize) {
        List<StoredMessage> rows = query("SELECT " + MESSAGE_COLUMNS + " FROM messages WHERE topic = ? AND status <> 'RECALL'"
                + " ORDER BY seq DESC LIMIT ? OFFSET ?", JdbcStore::messageRow,
                topic, pageSize, (long) pageNumber * pageSize);
        return new HistoryPage(rows, pageNumber, pageSize, visibleCount(topic));
    }

    @Override
    public synchronized long visibleCount(String topic) {
        return count("SELECT COUNT(*) FROM messages WHERE topic = ? AND status <> 'RECALL'", topic);
    }

    @Override
    public synchronized long unreadBy(String visitorUid) {
        return count("SELECT COUNT(*) FROM messages m JOIN threads t ON t.topic = m.topic WHERE t.visitor_uid = ?"
                + " AND m.sender_uid <> ? AND m.status NOT IN ('READ', 'RECALL')", visitorUid, visitorUid);
    }

    @Override
    public synchronized List<ThreadSummary> recentThreads(String orgUid, int limit) {
        // The newest visible message per thread by its seq; unread = the visitor's own messages not READ.
        return query("SELECT t.uid, t.topic, t.type, t.visitor_uid, t.org_uid, t.sid, t.created_at,"
                + " COALESCE(v.nickname, ''), m.uid, m.type, m.content, m.created_at, m.sender_uid,"
                + " (SELECT COUNT(*) FROM messages u WHERE u.topic = t.topic AND u.sender_uid = t.visitor_uid"
                + " AND u.status NOT IN ('READ', 'RECALL'))"
                + " FROM threads t"
                + " JOIN messages m ON m.seq = (SELECT MAX(x.seq) FROM messages x WHERE x.topic = t.topic AND x.status <> 'RECALL')"
                + " LEFT JOIN visitors v ON v.uid = t.visitor_uid"
                + " WHERE t.org_uid = ? ORDER BY m.seq DESC LIMIT ?", rs -> new ThreadSummary(threadRow(rs),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getLong(14)), orgUid, limit);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the database failed", e);
        }
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private int update(String sql, Object... params) {
        try (PreparedStatement s = prepare(sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("database write failed", e);
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (PreparedStatement s = prepare(sql, params); ResultSet rs = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("database read failed", e);
        }
    }

    private long count(String sql, Object... params) {
        return query(sql, rs -> rs.getLong(1), params).get(0);
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static StoredVisitor visitorRow(ResultSet rs) throws SQLException {
        return new StoredVisitor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    private static StoredThread threadRow(ResultSet rs) throws SQLException {
        return new StoredThread(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    private static StoredMessage messageRow(ResultSet rs) throws SQLException {
        return new StoredMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
