package gotohotel.desk.store;

import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.SyncCommand;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queue of decisions the server has not answered yet, in the order they were taken. */
final class CommandRows {

    private CommandRows() {
    }

    static void add(Sqlite db, SyncCommand c) throws SQLException {
        db.update("""
                INSERT INTO pending_command (command_id, seq, type, reservation_id, expected_version, issued_at, staff,
                    reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", c.commandId().toString(), c.seq(), c.type().name(),
                c.reservationId().toString(), c.expectedVersion(), c.issuedAt().toString(), c.staff(), c.reason());
    }

    static List<SyncCommand> first(Sqlite db, int max) throws SQLException {
        return db.query("SELECT * FROM pending_command ORDER BY seq LIMIT ?", CommandRows::map, max);
    }

    static List<SyncCommand> of(Sqlite db, UUID reservationId) throws SQLException {
        return db.query("SELECT * FROM pending_command WHERE reservation_id = ? ORDER BY seq", CommandRows::map,
                reservationId.toString());
    }

    static Optional<SyncCommand> find(Sqlite db, UUID commandId) throws SQLException {
        return db.single("SELECT * FROM pending_command WHERE command_id = ?", CommandRows::map, commandId.toString());
    }

    static void remove(Sqlite db, UUID commandId) throws SQLException {
        db.update("DELETE FROM pending_command WHERE command_id = ?", commandId.toString());
    }

    static long count(Sqlite db) throws SQLException {
        return db.number("SELECT count(*) FROM pending_command");
    }

    /** Numbers the queue again from {@code firstSeq}, keeping its order; returns the seq after the last. */
    static long renumberFrom(Sqlite db, long firstSeq) throws SQLException {
        db.update("UPDATE pending_command SET seq = -seq");
        var positions = db.query("SELECT position FROM pending_command ORDER BY position", rows -> rows.getLong(1));
        long seq = firstSeq;
        for (long position : positions) {
            db.update("UPDATE pending_command SET seq = ? WHERE position = ?", seq++, position);
        }
        return seq;
    }

    private static SyncCommand map(ResultSet rows) throws SQLException {
        long expected = rows.getLong("expected_version");
        Long expectedVersion = rows.wasNull() ? null : expected;
        return new SyncCommand(UUID.fromString(rows.getString("command_id")), rows.getLong("seq"),
                CommandType.valueOf(rows.getString("type")), UUID.fromString(rows.getString("reservation_id")),
                expectedVersion, Instant.parse(rows.getString("issued_at")), rows.getString("staff"),
                rows.getString("reason"));
    }
}
