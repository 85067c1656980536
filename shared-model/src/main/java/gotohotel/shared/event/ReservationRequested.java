package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** A paid booking reached the hotel and waits for the staff's confirmation. */
public record ReservationRequested(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                   Booking booking) implements ReservationEvent {
}
