package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The guest cancelled; {@code refundedAmount} is what the cancellation refunds (owed with the
 * cancellation, normally accepted by the provider at once; PaymentRefunded follows when it is).
 */
public record OrderCancelled(UUID eventId, Instant occurredAt, UUID orderId, Booking booking,
                             BigDecimal refundedAmount, String currency) implements BookingEvent {
}
