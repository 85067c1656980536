package gotohotel.backend.reservation;

import gotohotel.shared.sync.ReservationSnapshot;
import java.time.LocalDate;
import java.util.List;

/** The reservations in the order their latest changes committed: what the front desk follows. */
public interface ReservationFeed {

    /** The PostgreSQL notification channel a transaction that changed reservations notifies on commit. */
    String COMMIT_CHANNEL = "gotohotel_reservation_changes";

    /**
     * Reservations whose latest change is past {@code position}, oldest first, at most {@code limit}; with
     * {@code checkOutFrom} only stays ending on or after that day.
     */
    List<Entry> after(long position, LocalDate checkOutFrom, int limit);

    /** A reservation and the feed position of its latest change. */
    record Entry(long position, ReservationSnapshot reservation) {
    }
}
