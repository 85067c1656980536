package gotohotel.backend.rooms;

import gotohotel.shared.api.HousekeepingStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What assignment and suggestions read of the rooms themselves (room, room_out_of_order): a private read model, so
 * that holding nights depends on no more of a room than its number, type, housekeeping and repairs.
 */
@Component
class RoomRows {

    private final JdbcTemplate jdbc;

    RoomRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The room, share-locked until the transaction ends: a manager's out of order or move to another type locks the
     * room for update and checks its stays, so it waits for the stay being given the room, and the stay's check of
     * type and repairs cannot pass while one of them is being written (write skew).
     */
    Optional<Row> byNumber(String number) {
        return jdbc.query("""
                SELECT id, number, room_type, housekeeping, out_of_service FROM room WHERE number = ? FOR SHARE""",
                (rows, n) -> new Row(rows.getObject("id", UUID.class), rows.getString("number"),
                        rows.getString("room_type"), HousekeepingStatus.valueOf(rows.getString("housekeeping")),
                        rows.getBoolean("out_of_service")), number).stream().findFirst();
    }

    /** True when a repair not ended takes the room off sale on a night of [from, until). */
    boolean outOfOrder(UUID roomId, LocalDate from, LocalDate until) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM room_out_of_order WHERE room_id = ? AND ended_at IS NULL
                    AND from_night < ? AND until_night > ?)""", Boolean.class, roomId, until, from));
    }

    record Row(UUID id, String number, String roomType, HousekeepingStatus housekeeping, boolean outOfService) {
    }
}
