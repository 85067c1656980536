package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The guest cancelled; {@code refundedAmount} has already been refunded. */
public record OrderCancelled(UUID eventId, Instant occurredAt, UUID orderId, Booking booking,
                             BigDecimal refundedAmount, String currency) implements BookingEvent {
}
