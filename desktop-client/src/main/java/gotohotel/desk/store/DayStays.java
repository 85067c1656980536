package gotohotel.desk.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The stays a day's lists are made of: one query on the stays' window index, with each stay's room that night. */
final class DayStays {

    private DayStays() {
    }

    /**
     * The stays that arrive on {@code day}, depart on it or stay its night, whatever their status: the lists decide
     * which statuses they show. The room is the one held on the latest night on or before the day (a departure's
     * last night; tonight's after a move).
     */
    static List<DayStay> on(Sqlite tx, LocalDate day) throws SQLException {
        String date = day.toString();
        return tx.query("""
                SELECT r.reservation_id, r.guest_name, r.phone, r.room_type, r.check_in, r.check_out, r.guest_count,
                    r.local_status,
                    (SELECT s.number FROM stay_room s WHERE s.reservation_id = r.reservation_id AND s.from_night <= ?
                     ORDER BY s.from_night DESC LIMIT 1),
                    r.updated_at
                FROM reservation r INDEXED BY reservation_window
                WHERE r.check_out >= ? AND r.check_in <= ?
                ORDER BY r.guest_name, r.reservation_id""", rows -> new DayStay(UUID.fromString(rows.getString(1)),
                rows.getString(2), rows.getString(3), rows.getString(4), StoredText.date(rows.getString(5)),
                StoredText.date(rows.getString(6)), rows.getInt(7), rows.getString(8), rows.getString(9),
                StoredText.instant(rows.getString(10))), date, date, date);
    }
}
