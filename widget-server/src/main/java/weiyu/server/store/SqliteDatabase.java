package weiyu.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Opens the SQLite file in the data directory with the settings that make a commit durable:
 * WAL with {@code synchronous=FULL} fsyncs the log on every commit, so a row is on disk
 * before {@link JdbcStore} returns and survives {@code kill -9} and power loss.
 */
public final class SqliteDatabase {
    public static final String FILE_NAME = "chat.db";

    /** The one SQLite-specific line is the auto-numbered {@code seq}; the rest is plain SQL. */
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS visitors (uid TEXT PRIMARY KEY, visitor_uid TEXT NOT NULL,"
                    + " org_uid TEXT NOT NULL, nickname TEXT NOT NULL, avatar TEXT NOT NULL, details TEXT NOT NULL,"
                    + " created_at TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS visitors_by_site_id ON visitors (org_uid, visitor_uid)",
            "CREATE TABLE IF NOT EXISTS threads (uid TEXT PRIMARY KEY, topic TEXT NOT NULL UNIQUE, type TEXT NOT NULL,"
                    + " visitor_uid TEXT NOT NULL, org_uid TEXT NOT NULL, sid TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS threads_by_visitor ON threads (visitor_uid)",
            "CREATE INDEX IF NOT EXISTS threads_by_org ON threads (org_uid)",
            "CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,"
                    + " topic TEXT NOT NULL, type TEXT NOT NULL, content TEXT NOT NULL, status TEXT NOT NULL,"
                    + " sender_uid TEXT NOT NULL, created_at TEXT NOT NULL, json TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS messages_by_topic ON messages (topic, seq)");

    private SqliteDatabase() {
    }

    /** Creates the directory if needed and returns a ready store on {@code <dataDir>/chat.db}. */
    public static JdbcStore open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
            }
            return new JdbcStore(connection);
        } catch (SQLException e) {
            throw new IOException("cannot open the chat database " + file + ": " + e.getMessage(), e);
        }
    }
}
