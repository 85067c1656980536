package gotohotel.shared.event;

import java.time.LocalDate;

/** What the guest booked: enough for the hotel to prepare the stay. */
public record Booking(String guestName, String roomType, LocalDate checkIn, LocalDate checkOut, int guestCount) {
}
