package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** The reservation was cancelled because the guest cancelled the order. */
public record ReservationCancelled(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version)
        implements ReservationEvent {
}
