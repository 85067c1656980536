package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * The hotel's reservation guest has checked in.
 *
 * @param room the room the guest was checked in to; null in events from before rooms (consumers tolerate it)
 */
public record ReservationCheckedIn(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                   String staff, String room) implements ReservationEvent {

    /** A check-in that names no room (as before rooms). */
    public ReservationCheckedIn(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                String staff) {
        this(eventId, occurredAt, orderId, reservationId, version, staff, null);
    }
}
