package gotohotel.backend.reservation;

import gotohotel.backend.money.Money;
import gotohotel.shared.sync.AssignedRoom;
import gotohotel.shared.sync.ReservationSnapshot;
import java.util.List;

/**
 * The desks' shape of a reservation: what the changes feed ({@link Feed}) and the answers to desk decisions
 * ({@link DeskDecisions}) carry, with the rooms its stay holds once {@link StayRooms#withRooms} added them. The version counts a change not yet written; the amount is shown at its currency's
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

    /** The same snapshot with the rooms its stay holds ({@link StayRooms#withRooms}). */
    static ReservationSnapshot withRooms(ReservationSnapshot s, List<AssignedRoom> rooms) {
        return new ReservationSnapshot(s.reservationId(), s.orderId(), s.status(), s.version(), s.guestName(),
                s.phone(), s.roomType(), s.checkIn(), s.checkOut(), s.guestCount(), s.amount(), s.currency(),
                s.updatedAt(), s.lastChangedBy(), rooms);
    }
}
