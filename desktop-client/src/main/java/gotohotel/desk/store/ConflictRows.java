package gotohotel.desk.store;

import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.SyncCommand;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Decisions and room commands the server refused for good, until the staff dismiss them. */
final class ConflictRows {

    private ConflictRows() {
    }

    static void add(Sqlite db, SyncCommand command, CommandResult result, String guestName, Instant now)
            throws SQLException {
        db.update("""
                INSERT INTO conflict (command_id, reservation_id, type, outcome, guest_name, message, occurred_at, room)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", command.commandId().toString(),
                command.reservationId() == null ? null : command.reservationId().toString(),
                command.type().name(), result.outcome().name(), guestName,
                result.message() == null ? "The server refused this decision." : result.message(), now.toString(),
                command.room());
    }

    static List<Conflict> open(Sqlite db) throws SQLException {
        return db.query("""
                SELECT c.*, r.local_status AS status_now FROM conflict c
                LEFT JOIN reservation r ON r.reservation_id = c.reservation_id
                WHERE c.dismissed = 0 ORDER BY c.id""", rows -> new Conflict(
                rows.getLong("id"), UUID.fromString(rows.getString("command_id")),
                rows.getString("reservation_id") == null ? null : UUID.fromString(rows.getString("reservation_id")),
                rows.getString("type"), rows.getString("outcome"),
                rows.getString("status_now"), rows.getString("guest_name"), rows.getString("message"),
                Instant.parse(rows.getString("occurred_at")), rows.getString("room")));
    }

    static void dismiss(Sqlite db, long id) throws SQLException {
        db.update("UPDATE conflict SET dismissed = 1 WHERE id = ?", id);
    }
}
