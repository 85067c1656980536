package gotohotel.backend.reservation;

import gotohotel.shared.sync.HistoryLineView;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A reservation's audit trail for the staff: every change, oldest first, who made it, from where, when. */
@Component
public class ReservationHistory {

    private final JdbcTemplate jdbc;

    ReservationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the reservation is unknown. */
    public List<HistoryLineView> of(UUID reservationId) {
        return after(reservationId, -1);
    }

    /** The changes written after {@code version}, oldest first (not those of the caller's unwritten batch). */
    List<HistoryLineView> after(UUID reservationId, long version) {
        return jdbc.query("""
                SELECT version, status, action, staff, account, client_id, reason, decided_at, applied_at, staff_name,
                    desk_name
                FROM reservation_history WHERE reservation_id = ? AND version > ? ORDER BY version""",
                (rows, n) -> new HistoryLineView(rows.getLong("version"), rows.getString("status"),
                        rows.getString("action"), rows.getString("staff"), rows.getString("account"),
                        rows.getObject("client_id", UUID.class), rows.getString("reason"),
                        instant(rows.getTimestamp("decided_at")), instant(rows.getTimestamp("applied_at")),
                        rows.getString("staff_name"), rows.getString("desk_name")),
                reservationId, version);
    }

    private static java.time.Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
