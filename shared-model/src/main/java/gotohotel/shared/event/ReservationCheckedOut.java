package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * The hotel's reservation guest has checked out.
 *
 * @param room the room the guest left; null in events from before it was carried (consumers then use the room the
 *     stay held on its last night)
 */
public record ReservationCheckedOut(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                    String staff, String room) implements ReservationEvent {

    /** A check-out that names no room (as before the room was carried). */
    public ReservationCheckedOut(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                 String staff) {
        this(eventId, occurredAt, orderId, reservationId, version, staff, null);
    }
}
