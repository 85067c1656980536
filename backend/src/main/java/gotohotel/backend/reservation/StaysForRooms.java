package gotohotel.backend.reservation;

import gotohotel.backend.rooms.BookedStays;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the rooms context which bookings need the rooms of a type on some nights (at most 50, by check-in). */
@Component
class StaysForRooms implements BookedStays {

    private final JdbcTemplate jdbc;

    StaysForRooms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BookedStay> overlapping(String roomType, LocalDate from, LocalDate until) {
        return jdbc.query("""
                SELECT id, guest_name, check_in, check_out FROM reservation
                WHERE room_type = ? AND check_in < ? AND check_out > ?
                  AND status IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'CHECKED_IN')
                ORDER BY check_in, id LIMIT 50""", (row, n) -> new BookedStay(row.getObject("id", UUID.class),
                row.getString("guest_name"), row.getDate("check_in").toLocalDate(),
                row.getDate("check_out").toLocalDate()), roomType, Date.valueOf(until), Date.valueOf(from));
    }
}
