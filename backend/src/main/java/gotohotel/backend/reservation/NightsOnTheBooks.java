package gotohotel.backend.reservation;

import gotohotel.backend.reports.NightsSold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the reports which nights the bookings hold and what each earns: every stay not rejected or cancelled, a
 * no-show only for its first night (the one its fee kept; the others were released for sale, decision 48).
 */
@Component
class NightsOnTheBooks implements NightsSold {

    private final JdbcTemplate jdbc;

    NightsOnTheBooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SoldStay> overlapping(LocalDate from, LocalDate until) {
        return jdbc.query("""
                SELECT check_in, check_out, status, amount FROM reservation
                WHERE check_in < ? AND check_out > ?
                  AND status IN ('PENDING_CONFIRMATION', 'CONFIRMED', 'CHECKED_IN', 'CHECKED_OUT', 'NO_SHOW')""",
                (row, n) -> {
                    LocalDate checkIn = row.getDate("check_in").toLocalDate();
                    LocalDate checkOut = row.getDate("check_out").toLocalDate();
                    BigDecimal amount = row.getBigDecimal("amount");
                    long nights = checkOut.toEpochDay() - checkIn.toEpochDay();
                    BigDecimal perNight = amount == null ? BigDecimal.ZERO
                            : amount.divide(BigDecimal.valueOf(nights), Math.max(2, amount.scale()), RoundingMode.HALF_UP);
                    boolean noShow = ReservationStatus.NO_SHOW.name().equals(row.getString("status"));
                    return new SoldStay(checkIn, noShow ? checkIn.plusDays(1) : checkOut, perNight);
                }, Date.valueOf(until), Date.valueOf(from));
    }
}
