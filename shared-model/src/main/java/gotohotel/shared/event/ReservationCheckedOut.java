package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** The hotel's reservation guest has checked out. */
public record ReservationCheckedOut(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                            String staff) implements ReservationEvent {
}
