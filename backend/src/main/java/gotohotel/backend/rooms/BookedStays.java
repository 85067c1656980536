package gotohotel.backend.rooms;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The bookings of a room type on some nights, as the reservation context knows them: what a refusal to take rooms
 * off sale names. Implemented by the reservation context (rooms do not read its tables).
 */
public interface BookedStays {

    /** The stays of the type, pending or confirmed or in house, that hold any night of [from, until), by check-in. */
    List<BookedStay> overlapping(String roomType, LocalDate from, LocalDate until);

    record BookedStay(UUID reservationId, String guestName, LocalDate checkIn, LocalDate checkOut) {
    }
}
