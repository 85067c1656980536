package gotohotel.desk.store;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.SyncCommand;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queue of decisions and room commands the server has not answered yet, in the order they were taken. */
final class CommandRows {

    /** A queued ASSIGN_ROOM or MOVE_ROOM as this desk re-applies it: the room, and where a move starts here. */
    record RoomCommand(CommandType type, String room, LocalDate fromNight) {
    }

    private CommandRows() {
    }

    static void add(Sqlite db, SyncCommand c) throws SQLException {
        add(db, c, null);
    }

    /** @param fromNight a MOVE_ROOM's first night on this desk (kept here, not sent) */
    static void add(Sqlite db, SyncCommand c, LocalDate fromNight) throws SQLException {
        db.update("""
                INSERT INTO pending_command (command_id, seq, type, reservation_id, expected_version, issued_at, staff,
                    reason, room, housekeeping, from_night) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                c.commandId().toString(), c.seq(), c.type().name(),
                c.reservationId() == null ? null : c.reservationId().toString(), c.expectedVersion(),
                c.issuedAt().toString(), c.staff(), c.reason(), c.room(),
                c.housekeeping() == null ? null : c.housekeeping().name(),
                fromNight == null ? null : fromNight.toString());
    }

    /** The reservation's queued ASSIGN_ROOM and MOVE_ROOM, oldest first. */
    static List<RoomCommand> roomCommands(Sqlite db, UUID reservationId) throws SQLException {
        return db.query("""
                SELECT type, room, from_night FROM pending_command
                WHERE reservation_id = ? AND type IN ('ASSIGN_ROOM', 'MOVE_ROOM') ORDER BY seq""",
                rows -> new RoomCommand(CommandType.valueOf(rows.getString(1)), rows.getString(2),
                        StoredText.date(rows.getString(3))), reservationId.toString());
    }

    /** The housekeeping statuses queued for the room, oldest first. */
    static List<HousekeepingStatus> housekeeping(Sqlite db, String room) throws SQLException {
        return db.query("""
                SELECT housekeeping FROM pending_command WHERE room = ? AND type = 'SET_HOUSEKEEPING' ORDER BY seq""",
                rows -> HousekeepingStatus.valueOf(rows.getString(1)), room);
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
        String reservation = rows.getString("reservation_id");
        String housekeeping = rows.getString("housekeeping");
        return new SyncCommand(UUID.fromString(rows.getString("command_id")), rows.getLong("seq"),
                CommandType.valueOf(rows.getString("type")), reservation == null ? null : UUID.fromString(reservation),
                expectedVersion, Instant.parse(rows.getString("issued_at")), rows.getString("staff"),
                rows.getString("reason"), rows.getString("room"),
                housekeeping == null ? null : HousekeepingStatus.valueOf(housekeeping));
    }
}
