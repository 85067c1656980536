package gotohotel.backend.reservation;

import gotohotel.backend.money.Money;
import gotohotel.shared.sync.ReservationSnapshot;

/**
 * The desks' shape of a reservation: what the changes feed ({@link Feed}) and the answers to desk decisions
 * ({@link DeskDecisions}) carry. The version counts a change not yet written; the amount is shown at its currency's
 * scale.
 */
final class ReservationSnapshots {

    private ReservationSnapshots() {
    }

    static ReservationSnapshot of(Reservation reservation) {
        var booking = reservation.booking();
        var amount = reservation.amount();
        var currency = reservation.currency();
        var shown = amount == null || currency == null ? amount : Money.of(amount, currency).amount();
        return new ReservationSnapshot(reservation.id(), reservation.orderId(), reservation.status().name(),
                reservation.currentVersion(), booking.guestName(), booking.phone(), booking.roomType(),
                booking.checkIn(), booking.checkOut(), booking.guestCount(), shown, currency, reservation.updatedAt(),
                reservation.updatedBy());
    }
}
