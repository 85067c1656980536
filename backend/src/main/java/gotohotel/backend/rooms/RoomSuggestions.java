package gotohotel.backend.rooms;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.api.RoomSuggestion;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The rooms a stay may be given, best first (issue 19): free on every night of the stay (or held by this stay) and
 * out of order on none, of another type only where that type can spare a room on every night (an upgrade takes it
 * off its type's sale); the room the stay holds already first (so a desk that takes the first suggestion keeps an
 * assignment made earlier); then the booked type before other types (upgrades); clean, then inspected, then dirty;
 * rooms out of service last; then by number. One query.
 */
@Service
public class RoomSuggestions {

    private final JdbcTemplate jdbc;

    RoomSuggestions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoomSuggestion> forStay(Stay stay) {
        return jdbc.query("""
                SELECT r.number, r.room_type, r.housekeeping, r.out_of_service,
                    EXISTS (SELECT 1 FROM room_stay_night s WHERE s.room_id = r.id AND s.night >= ? AND s.night < ?
                        AND s.reservation_id = ?) AS held
                FROM room r
                WHERE NOT EXISTS (SELECT 1 FROM room_stay_night s WHERE s.room_id = r.id AND s.night >= ?
                        AND s.night < ? AND s.reservation_id <> ?)
                    AND NOT EXISTS (SELECT 1 FROM room_out_of_order o WHERE o.room_id = r.id AND o.ended_at IS NULL
                        AND o.from_night < ? AND o.until_night > ?)
                    AND (r.room_type = ? OR EXISTS (SELECT 1 FROM room_stay_night s WHERE s.room_id = r.id
                            AND s.reservation_id = ?)
                        OR NOT EXISTS (SELECT 1 FROM room_night n WHERE n.room_type = r.room_type AND n.night >= ?
                            AND n.night < ? AND n.held >= n.capacity))
                ORDER BY held DESC, r.room_type <> ?, r.out_of_service,
                    CASE r.housekeeping WHEN 'CLEAN' THEN 0 WHEN 'INSPECTED' THEN 1 ELSE 2 END,
                    length(r.number), r.number""",
                (rows, n) -> new RoomSuggestion(rows.getString("number"), rows.getString("room_type"),
                        HousekeepingStatus.valueOf(rows.getString("housekeeping")), rows.getBoolean("out_of_service"),
                        !stay.roomType().equals(rows.getString("room_type")), rows.getBoolean("held")),
                stay.checkIn(), stay.checkOut(), stay.reservationId(), stay.checkIn(), stay.checkOut(),
                stay.reservationId(), stay.checkOut(), stay.checkIn(), stay.roomType(), stay.reservationId(),
                stay.checkIn(), stay.checkOut(), stay.roomType());
    }
}
