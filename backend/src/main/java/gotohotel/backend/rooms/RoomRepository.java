package gotohotel.backend.rooms;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomView;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rooms on plain SQL: a room is read locked (a change waits for the one before it), written with its history
 * lines, and noted for its place in the changes feed ({@link RoomChanges}).
 */
@Repository
class RoomRepository {

    private static final String COLUMNS = """
            id, number, room_type, housekeeping, out_of_service, version, updated_by, updated_at, housekeeping_at""";

    private final JdbcTemplate jdbc;
    private final RoomChanges changes;

    RoomRepository(JdbcTemplate jdbc, RoomChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Every room, by type and number. */
    List<Room> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM room ORDER BY room_type, number", RoomRepository::room);
    }

    /** The room, locked until the transaction ends. */
    Optional<Room> lock(String number) {
        return jdbc.query("SELECT " + COLUMNS + " FROM room WHERE number = ? FOR UPDATE", RoomRepository::room, number)
                .stream().findFirst();
    }

    Optional<Room> lock(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM room WHERE id = ? FOR UPDATE", RoomRepository::room, id)
                .stream().findFirst();
    }

    int countOfType(String roomType) {
        return jdbc.queryForObject("SELECT count(*) FROM room WHERE room_type = ?", Integer.class, roomType);
    }

    boolean numberTaken(String number) {
        return !jdbc.queryForList("SELECT 1 FROM room WHERE number = ?", Integer.class, number).isEmpty();
    }

    void insert(Room room) {
        jdbc.update("""
                INSERT INTO room (id, number, room_type, housekeeping, out_of_service, version, updated_by, updated_at,
                    housekeeping_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", room.id(), room.number(), room.roomType(),
                room.housekeeping().name(), room.outOfService(), room.version(), room.updatedBy(),
                Timestamp.from(room.updatedAt()), timestamp(room.housekeepingAt()));
        written(room);
    }

    /** Writes a changed room (locked by this transaction); a room without changes is left alone. */
    void update(Room room) {
        var lines = room.takeChanges();
        if (lines.isEmpty()) {
            return;
        }
        jdbc.update("""
                UPDATE room SET number = ?, room_type = ?, housekeeping = ?, out_of_service = ?, version = ?,
                    updated_by = ?, updated_at = ?, housekeeping_at = ?
                WHERE id = ?""", room.number(), room.roomType(), room.housekeeping().name(), room.outOfService(),
                room.version(), room.updatedBy(), Timestamp.from(room.updatedAt()), timestamp(room.housekeepingAt()),
                room.id());
        history(room, lines);
    }

    private void written(Room room) {
        history(room, room.takeChanges());
    }

    private void history(Room room, List<Room.Change> lines) {
        jdbc.batchUpdate("""
                INSERT INTO room_history (room_id, version, action, detail, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""", lines.stream().map(line -> new Object[] {room.id(), line.version(),
                line.action(), line.detail(), line.by(), Timestamp.from(line.at())}).toList());
        changes.record(room.id());
    }

    /** The room's repairs not ended early whose nights are not all past, by room, oldest first. */
    Map<UUID, List<RoomView.OutOfOrder>> outOfOrder(Collection<UUID> rooms, LocalDate today) {
        var byRoom = new HashMap<UUID, List<RoomView.OutOfOrder>>();
        if (rooms.isEmpty()) {
            return byRoom;
        }
        jdbc.query("""
                SELECT id, room_id, from_night, until_night, reason FROM room_out_of_order
                WHERE room_id = ANY (?) AND ended_at IS NULL AND until_night > ?
                ORDER BY from_night, id""", row -> {
            byRoom.computeIfAbsent(row.getObject("room_id", UUID.class), id -> new java.util.ArrayList<>())
                    .add(new RoomView.OutOfOrder(row.getLong("id"), row.getDate("from_night").toLocalDate(),
                            row.getDate("until_night").toLocalDate(), row.getString("reason")));
        }, uuids(rooms), Date.valueOf(today));
        return byRoom;
    }

    /** The repair's dates, if it is the room's and not ended. */
    Optional<RoomView.OutOfOrder> outOfOrder(UUID room, long id) {
        return jdbc.query("""
                SELECT id, from_night, until_night, reason FROM room_out_of_order
                WHERE id = ? AND room_id = ? AND ended_at IS NULL""", (row, n) -> new RoomView.OutOfOrder(
                row.getLong("id"), row.getDate("from_night").toLocalDate(), row.getDate("until_night").toLocalDate(),
                row.getString("reason")), id, room).stream().findFirst();
    }

    long addOutOfOrder(UUID room, LocalDate from, LocalDate until, String reason, String by, Instant now) {
        return jdbc.queryForObject("""
                INSERT INTO room_out_of_order (room_id, from_night, until_night, reason, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, room, Date.valueOf(from), Date.valueOf(until),
                reason, by, Timestamp.from(now));
    }

    void endOutOfOrder(long id, Instant now) {
        jdbc.update("UPDATE room_out_of_order SET ended_at = ? WHERE id = ?", Timestamp.from(now), id);
    }

    /** The nights of [from, until) on which the room holds a stay (assigned by the desk), ascending. */
    List<LocalDate> nightsHeld(UUID room, LocalDate from, LocalDate until) {
        return jdbc.query("""
                SELECT night FROM room_stay_night WHERE room_id = ? AND night >= ? AND night < ? ORDER BY night""",
                (row, n) -> row.getDate(1).toLocalDate(), room, Date.valueOf(from), Date.valueOf(until));
    }

    /** The room the reservation held on the last night of its stay, if one was assigned. */
    Optional<UUID> roomOfLastNight(UUID reservation) {
        return jdbc.query("""
                SELECT room_id FROM room_stay_night WHERE reservation_id = ? ORDER BY night DESC LIMIT 1""",
                (row, n) -> row.getObject(1, UUID.class), reservation).stream().findFirst();
    }

    private java.sql.Array uuids(Collection<UUID> ids) {
        return jdbc.execute((ConnectionCallback<java.sql.Array>) connection -> connection.createArrayOf("uuid",
                ids.toArray()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Room room(ResultSet row, int n) throws SQLException {
        var housekeepingAt = row.getTimestamp("housekeeping_at");
        return new Room(row.getObject("id", UUID.class), row.getString("number"), row.getString("room_type"),
                HousekeepingStatus.valueOf(row.getString("housekeeping")), row.getBoolean("out_of_service"),
                row.getLong("version"), row.getString("updated_by"), row.getTimestamp("updated_at").toInstant(),
                housekeepingAt == null ? null : housekeepingAt.toInstant());
    }
}
