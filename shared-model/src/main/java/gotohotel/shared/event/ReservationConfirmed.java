package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** The hotel's reservation was confirmed by the staff. */
public record ReservationConfirmed(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                            String staff) implements ReservationEvent {
}
