package gotohotel.backend.reservation;

import gotohotel.backend.reports.NightsSold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the reports which nights the bookings hold and what each earns: every stay not rejected or cancelled; a
 * no-show only its first night (the one its fee kept; the others were released for sale, decision 48); a guest who
 * checked out before the check-out day only the nights up to that day (the others went back on sale, decision 52).
 */
@Component
class NightsOnTheBooks implements NightsSold {

    private final JdbcTemplate jdbc;
    private final ZoneId hotelZone;

    NightsOnTheBooks(JdbcTemplate jdbc, @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone) {
        this.jdbc = jdbc;
        this.hotelZone = hotelZone;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SoldStay> overlapping(LocalDate from, LocalDate until) {
        return jdbc.query("""
                SELECT check_in, check_out, status, amount, updated_at FROM reservation
                WHERE check_in < ? AND check_out > ?
                  AND status IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT', 'NO_SHOW')""",
                (row, n) -> {
                    LocalDate checkIn = row.getDate("check_in").toLocalDate();
                    LocalDate checkOut = row.getDate("check_out").toLocalDate();
                    BigDecimal amount = row.getBigDecimal("amount");
                    long nights = checkOut.toEpochDay() - checkIn.toEpochDay();
                    BigDecimal perNight = amount == null ? BigDecimal.ZERO
                            : amount.divide(BigDecimal.valueOf(nights), Math.max(2, amount.scale()), RoundingMode.HALF_UP);
                    LocalDate last = switch (ReservationStatus.valueOf(row.getString("status"))) {
                        case NO_SHOW -> checkIn.plusDays(1);
                        // a checked-out booking changes no more: its last change is the check-out
                        case CHECKED_OUT -> latest(checkIn, earliest(checkOut, row.getTimestamp("updated_at")
                                .toInstant().atZone(hotelZone).toLocalDate()));
                        default -> checkOut;
                    };
                    return new SoldStay(checkIn, last, perNight);
                }, Date.valueOf(until), Date.valueOf(from));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
