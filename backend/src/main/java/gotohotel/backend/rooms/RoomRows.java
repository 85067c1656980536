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

    Optional<Row> byNumber(String number) {
        return jdbc.query("""
                SELECT id, number, room_type, housekeeping, out_of_service FROM room WHERE number = ?""",
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
