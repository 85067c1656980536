package gotohotel.desk.service;

import java.time.LocalDate;
import java.util.UUID;

/** A line of a day's list: the guest, the room held that night (null: none yet), the stay and its status. */
public record DayGuest(UUID bookingId, String guestName, String phone, String room, String roomType,
                       LocalDate checkIn, LocalDate checkOut, int guests, String status) {

    public long nights() {
        return checkIn == null || checkOut == null ? 0 : checkOut.toEpochDay() - checkIn.toEpochDay();
    }
}
