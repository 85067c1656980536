package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** The hotel refused the booking; the guest is refunded in full. */
public record ReservationRejected(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                  String staff, String reason) implements ReservationEvent {
}
