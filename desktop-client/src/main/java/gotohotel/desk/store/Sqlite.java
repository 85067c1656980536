package gotohotel.desk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite connection to the store file (WAL, {@code synchronous=FULL}: a committed transaction survives
 * a crash of the process or the machine), used by one thread at a time. Every change is a transaction.
 */
final class Sqlite implements AutoCloseable {

    @FunctionalInterface
    interface Work<T> {
        T run(Sqlite db) throws SQLException;
    }

    @FunctionalInterface
    interface Change {
        void run(Sqlite db) throws SQLException;
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * Each statement is prepared once and kept (the connection is used by one thread at a time, under the
     * lock): preparing was most of the time a batch of 500 answers spent in SQLite.
     */
    /** The newest migration under {@code db/desk} ({@code SqliteTests} keeps the two the same). */
    static final String SCHEMA_VERSION = "4";

    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private Sqlite(Connection connection) {
        this.connection = connection;
    }

    static Sqlite open(Path file) {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        try {
            var connection = dataSource.getConnection();
            if (!current(connection)) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/desk").load().migrate();
            }
            connection.setAutoCommit(false);
            return new Sqlite(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the desk store " + file, e);
        }
    }

    /**
     * Whether the store already has every migration this build knows: then Flyway (a good part of the desk's
     * start-up in classes alone) is not needed. Any doubt — no history, a failed or older migration — runs it.
     */
    private static boolean current(Connection connection) {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rows.next() && rows.getBoolean(2) && SCHEMA_VERSION.equals(rows.getString(1));
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    <T> T transaction(Work<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(this);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StoreException("The desk store refused a change", (SQLException) e);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A transaction that changes the store and returns nothing. */
    void change(Change change) {
        transaction(db -> {
            change.run(db);
            return null;
        });
    }

    int update(String sql, Object... parameters) throws SQLException {
        return prepare(sql, parameters).executeUpdate();
    }

    <T> List<T> query(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (var rows = prepare(sql, parameters).executeQuery()) {
            var result = new ArrayList<T>();
            while (rows.next()) {
                result.add(row.map(rows));
            }
            return result;
        }
    }

    <T> Optional<T> single(String sql, Row<T> row, Object... parameters) throws SQLException {
        return query(sql, row, parameters).stream().findFirst();
    }

    long number(String sql, Object... parameters) throws SQLException {
        return single(sql, rows -> rows.getLong(1), parameters).orElse(0L);
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        var statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; nothing was committed
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (var statement : statements.values()) {
                statement.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the desk store", e);
        } finally {
            lock.unlock();
        }
    }
}
