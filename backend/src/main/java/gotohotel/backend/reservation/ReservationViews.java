package gotohotel.backend.reservation;

import gotohotel.shared.api.ReservationView;

/** The staff API's shape of a reservation ({@link StaffReservationController}'s answers). */
final class ReservationViews {

    private ReservationViews() {
    }

    static ReservationView of(Reservation reservation) {
        var booking = reservation.booking();
        return new ReservationView(reservation.id(), reservation.orderId(), reservation.status().name(),
                reservation.writtenVersion(), booking.guestName(), booking.roomType(), booking.checkIn(),
                booking.checkOut(), booking.guestCount(), reservation.updatedAt());
    }
}
