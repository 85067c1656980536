package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The provider approved the payment: the booking now goes to the hotel. Not written since decision record 55
 * (OrderPaid replaces it); still applied when met in a topic.
 */
public record PaymentApproved(UUID eventId, Instant occurredAt, UUID orderId, Booking booking,
                              BigDecimal amount, String currency, String cardLast4) implements BookingEvent {
}
