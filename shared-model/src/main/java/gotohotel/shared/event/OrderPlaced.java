package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A guest placed an order and its nights are held; payment follows. Not written since decision record 55 (OrderPaid
 * carries the booking); still applied when met in a topic.
 */
public record OrderPlaced(UUID eventId, Instant occurredAt, UUID orderId, Booking booking,
                          BigDecimal totalPrice, String currency) implements BookingEvent {
}
