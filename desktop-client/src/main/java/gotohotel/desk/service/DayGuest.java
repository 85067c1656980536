package gotohotel.desk.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a day's list: the guest, the room held that night (null: none yet), the stay and its status;
 * {@code leftOn} the day a checked-out guest left (null while not checked out), which is before {@code checkOut} when
 * they left early.
 */
public record DayGuest(UUID bookingId, String guestName, String phone, String room, String roomType,
                       LocalDate checkIn, LocalDate checkOut, int guests, String status, LocalDate leftOn) {

    /** The day the stay ends: the day a checked-out guest left, else the check-out day booked. */
    public LocalDate departure() {
        return leftOn != null ? leftOn : checkOut;
    }

    public long nights() {
        return checkIn == null || checkOut == null ? 0 : checkOut.toEpochDay() - checkIn.toEpochDay();
    }
}
