package gotohotel.desk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stay that arrives, stays or departs on a day, as the desk shows it (its status with this desk's queued decisions
 * on top); {@code room} the room it holds on the day's night (the last night for a departure), null when none;
 * {@code updatedAt} the server's time of its last change (for a checked-out stay, the check-out).
 */
public record DayStay(UUID reservationId, String guestName, String phone, String roomType, LocalDate checkIn,
                      LocalDate checkOut, int guestCount, String status, String room, Instant updatedAt) {
}
