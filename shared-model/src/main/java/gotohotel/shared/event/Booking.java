package gotohotel.shared.event;

import java.time.LocalDate;

/** What the guest booked and how to reach them: enough for the hotel and for guest notifications. */
public record Booking(String guestName, String phone, String roomType, LocalDate checkIn, LocalDate checkOut,
                      int guestCount) {

    @Override
    public String toString() {
        return "Booking[roomType=" + roomType + ", checkIn=" + checkIn + ", checkOut=" + checkOut + "]";
    }
}
