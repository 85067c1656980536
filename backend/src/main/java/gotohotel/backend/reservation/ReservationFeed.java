package gotohotel.backend.reservation;

import gotohotel.shared.sync.ReservationSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The reservations in the order their latest changes committed: what the front desk follows. */
public interface ReservationFeed {

    /** The PostgreSQL notification channel a transaction that changed reservations notifies on commit. */
    String COMMIT_CHANNEL = "gotohotel_reservation_changes";

    /**
     * Reservations whose latest change is past {@code position}, oldest first, at most {@code limit}; with
     * {@code checkOutFrom} only stays ending on or after that day.
     */
    List<Entry> after(long position, LocalDate checkOutFrom, int limit);

    /**
     * Whether the feed as it is now went through {@code position} holding the change {@code last} there (null: a
     * reader that knows only the position). False when the feed went backwards since a reader received that
     * change (a database restored from an older backup): the last position is below it, another change holds it,
     * or the reservation is older than that change or behind the position. True for a position the reservation
     * has moved on from with a later change.
     */
    boolean passedThrough(long position, Mark last);

    /** A reservation and the feed position of its latest change. */
    record Entry(long position, ReservationSnapshot reservation) {

        public Mark mark() {
            return new Mark(reservation.reservationId(), reservation.version(),
                    reservation.updatedAt() == null ? 0 : reservation.updatedAt().toEpochMilli());
        }
    }

    /**
     * What a reader keeps of a change it received, enough to tell it from another change at the same position:
     * the reservation, its version and when that version was made (milliseconds since the epoch).
     */
    record Mark(UUID reservationId, long version, long updatedAtMillis) {
    }
}
