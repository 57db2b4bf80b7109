package weiyu.server.store;

import java.util.List;
import java.util.Optional;

/**
 * The durable chat store: visitors, threads and messages. Every write is on disk when the
 * method returns, so callers may acknowledge right after. Implementations are thread-safe.
 * Plain rows and JSON strings only, so a PostgreSQL implementation can stand in for SQLite.
 */
public interface Store extends AutoCloseable {

    /** Inserts the visitor unless its uid exists; returns what is stored under that uid. */
    StoredVisitor saveVisitor(StoredVisitor visitor);

    /** Replaces a known visitor's nickname, avatar and details (the page's weiyu('setUser')); returns the row. */
    StoredVisitor updateVisitorProfile(StoredVisitor visitor);

    Optional<StoredVisitor> visitor(String uid);

    /** A visitor the site knows by its own id ({@code visitorUid}) within an organisation. */
    Optional<StoredVisitor> visitorByVisitorUid(String orgUid, String visitorUid);

    /** Inserts the thread unless its topic exists; returns what is stored under that topic. */
    StoredThread saveThread(StoredThread thread);

    Optional<StoredThread> thread(String topic);

    /**
     * Appends a message unless its uid exists. Either way returns the stored row; {@link
     * Appended#added()} tells whether this call wrote it.
     */
    Appended append(NewMessage message);

    Optional<StoredMessage> message(String uid);

    /** Sets a message's status; false when no such message. */
    boolean setStatus(String uid, String status);

    /**
     * One page of a thread's history, newest first (as bytedesk pages it), recalled messages
     * left out. Page numbers start at 0.
     */
    HistoryPage history(String topic, int pageNumber, int pageSize);

    /** Messages in a thread that still show (not recalled). */
    long visibleCount(String topic);

    /** Messages in the visitor's threads, written by someone else, not yet READ (nor recalled). */
    long unreadBy(String visitorUid);

    /**
     * An organisation's threads that have at least one visible message, the most recently
     * active first, at most {@code limit} of them.
     */
    List<ThreadSummary> recentThreads(String orgUid, int limit);

    @Override
    void close();

    /** The outcome of {@link #append}. */
    record Appended(StoredMessage message, boolean added) {
    }
}
