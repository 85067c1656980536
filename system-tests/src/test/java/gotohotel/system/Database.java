package gotohotel.system;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Plain JDBC onto the backend's database, for the invariants no API shows (holds, nights, publications). */
record Database(String url, String user, String password) {

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

    long reservationsOf(UUID orderId) {
        return count("SELECT count(*) FROM reservation WHERE order_id = ?", orderId);
    }
}
