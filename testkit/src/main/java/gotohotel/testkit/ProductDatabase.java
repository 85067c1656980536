package gotohotel.testkit;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain JDBC onto the backend's database, for what no API shows: reservations per order, the audit lines and
 * answered commands of a desk, and to play a restore. One connection a call; every failure names its SQL.
 */
public record ProductDatabase(String url, String user, String password) {

    /** The first column of the first row of a count-like query. */
    public long count(String sql, Object... parameters) {
        return query(sql, parameters, statement -> {
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The first column of the first row, or null when there is no row. */
    public String text(String sql, Object... parameters) {
        return query(sql, parameters, statement -> {
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }

    /** Every row, its columns joined by a space. */
    public List<String> lines(String sql, Object... parameters) {
        return query(sql, parameters, statement -> {
            try (var rows = statement.executeQuery()) {
                var lines = new ArrayList<String>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    var line = new StringBuilder();
                    for (int column = 1; column <= columns; column++) {
                        line.append(column > 1 ? " " : "").append(rows.getString(column));
                    }
                    lines.add(line.toString());
                }
                return lines;
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; the rows it changed. */
    public int update(String sql, Object... parameters) {
        return query(sql, parameters, PreparedStatement::executeUpdate);
    }

    public long reservationsOf(UUID orderId) {
        return count("SELECT count(*) FROM reservation WHERE order_id = ?", orderId);
    }

    public String reservationStatus(UUID reservationId) {
        return text("SELECT status FROM reservation WHERE id = ?", reservationId);
    }

    /** The audit lines a desk left: one per change it made. */
    public long historyLinesOf(UUID clientId) {
        return count("SELECT count(*) FROM reservation_history WHERE client_id = ?", clientId);
    }

    /** Reservations a desk changed more often than it asked: must be none. */
    public long doubledChangesOf(UUID clientId) {
        return count("""
                SELECT count(*) FROM (SELECT reservation_id, action FROM reservation_history WHERE client_id = ?
                GROUP BY reservation_id, action HAVING count(*) > 1) AS doubled""", clientId);
    }

    public long commandsAnswered(UUID clientId) {
        return count("SELECT count(*) FROM sync_command WHERE client_id = ?", clientId);
    }

    public long lastSeq(UUID clientId) {
        return count("SELECT coalesce(max(last_seq), 0) FROM sync_client WHERE client_id = ?", clientId);
    }

    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private <T> T query(String sql, Object[] parameters, Work<T> work) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
