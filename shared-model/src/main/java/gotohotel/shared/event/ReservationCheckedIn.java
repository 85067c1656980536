package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** The hotel's reservation guest has checked in. */
public record ReservationCheckedIn(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                            String staff) implements ReservationEvent {
}
