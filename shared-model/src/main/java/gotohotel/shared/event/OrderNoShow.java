package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The order of a guest who never arrived: its cancellation policy keeps {@code keptAmount} (the first night) and
 * refunds {@code refundedAmount} (owed with this change; PaymentRefunded follows when the provider takes it).
 */
public record OrderNoShow(UUID eventId, Instant occurredAt, UUID orderId, Booking booking, BigDecimal keptAmount,
                          BigDecimal refundedAmount, String currency) implements BookingEvent {
}
