package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A paid booking reached the hotel and waits for the staff's confirmation. Not written since decision record 55
 * (OrderPaid tells that the hotel has the booking); still applied when met in a topic.
 */
public record ReservationRequested(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                   Booking booking) implements ReservationEvent {
}
