package gotohotel.shared.event;

import java.util.UUID;

/** An event of the hotel's reservation; {@code version} is the reservation's version after the change. */
public sealed interface ReservationEvent extends BookingEvent
        permits ReservationRequested, ReservationConfirmed, ReservationRejected, ReservationCancelled,
        ReservationCheckedIn, ReservationCheckedOut, RoomAssigned, ReservationNoShow {

    UUID reservationId();

    long version();
}
