package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A guest placed an order and its nights are held; payment follows. */
public record OrderPlaced(UUID eventId, Instant occurredAt, UUID orderId, Booking booking,
                          BigDecimal totalPrice, String currency) implements BookingEvent {
}
