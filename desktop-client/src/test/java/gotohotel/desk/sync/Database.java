package gotohotel.desk.sync;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Plain JDBC onto the backend's database: the audit lines and the desk's answered commands, and to play a restore. */
public record Database(String url, String user, String password) {

    long count(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<String> lines(String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
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
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String text(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    int update(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public String reservationStatus(UUID reservationId) {
        return text("SELECT status FROM reservation WHERE id = ?", reservationId);
    }

    /** The audit lines this desk left: one per change it made. */
    long historyLinesOf(UUID clientId) {
        return count("SELECT count(*) FROM reservation_history WHERE client_id = ?", clientId);
    }

    /** Reservations this desk changed more often than it asked: must be none. */
    long doubledChangesOf(UUID clientId) {
        return count("""
                SELECT count(*) FROM (SELECT reservation_id, action FROM reservation_history WHERE client_id = ?
                GROUP BY reservation_id, action HAVING count(*) > 1) AS doubled""", clientId);
    }

    long commandsAnswered(UUID clientId) {
        return count("SELECT count(*) FROM sync_command WHERE client_id = ?", clientId);
    }

    long lastSeq(UUID clientId) {
        return count("SELECT coalesce(max(last_seq), 0) FROM sync_client WHERE client_id = ?", clientId);
    }
}
