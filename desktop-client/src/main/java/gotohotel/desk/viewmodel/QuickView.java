package gotohotel.desk.viewmodel;

import java.time.LocalDate;
import java.util.function.BiPredicate;

/** The receptionist's usual questions, each a filter on the bookings. */
public enum QuickView {
    ARRIVALS_TODAY((b, today) -> today.equals(b.booking().checkIn())
            && ("CONFIRMED".equals(b.booking().status()) || "PENDING_CONFIRMATION".equals(b.booking().status()))),
    PENDING_CONFIRMATION((b, today) -> "PENDING_CONFIRMATION".equals(b.booking().status())),
    IN_HOUSE((b, today) -> "CHECKED_IN".equals(b.booking().status())),
    DEPARTURES_TODAY((b, today) -> today.equals(b.booking().checkOut())
            && ("CHECKED_IN".equals(b.booking().status()) || "CHECKED_OUT".equals(b.booking().status()))),
    /** Guests the night audit found not arrived on their check-in day (a late arrival needs a new booking). */
    NO_SHOWS((b, today) -> "NO_SHOW".equals(b.booking().status())),
    ALL((b, today) -> true);

    private final BiPredicate<BookingRow, LocalDate> test;

    QuickView(BiPredicate<BookingRow, LocalDate> test) {
        this.test = test;
    }

    boolean includes(BookingRow row, LocalDate today) {
        return test.test(row, today);
    }
}
