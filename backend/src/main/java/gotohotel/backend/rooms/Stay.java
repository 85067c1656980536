package gotohotel.backend.rooms;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reservation's stay as the rooms context needs it: which one, the booked room type and its nights, {@code checkIn}
 * (inclusive) to {@code checkOut} (exclusive). The reservation context owns it; rooms only hold nights for it.
 */
public record Stay(UUID reservationId, String roomType, LocalDate checkIn, LocalDate checkOut) {
}
