package gotohotel.backend.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The nights the hotel's bookings hold a room, as the reservation context knows them. Implemented by the reservation
 * context (reports do not read its tables).
 */
public interface NightsSold {

    /**
     * The bookings on the books that hold a room on any night of [from, until): pending, confirmed, in house and
     * checked out ones for their whole stay, a no-show for its first night only (the night its fee kept).
     */
    List<SoldStay> overlapping(LocalDate from, LocalDate until);

    /**
     * Nights [{@code first}, {@code until}) of one booking, each earning {@code perNight} (what the guest paid
     * divided by the nights booked: the nightly rate snapshotted at booking).
     */
    record SoldStay(LocalDate first, LocalDate until, BigDecimal perNight) {

        boolean holds(LocalDate night) {
            return !night.isBefore(first) && night.isBefore(until);
        }
    }
}
