package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The provider declined the payment; the hold was released. {@code booking}, {@code amount} and {@code currency} tell
 * my page and the guest's message what was declined (decision record 55: no OrderPlaced comes before it any more);
 * null in events written before.
 */
public record PaymentDeclined(UUID eventId, Instant occurredAt, UUID orderId, String reason, Booking booking,
                              BigDecimal amount, String currency) implements BookingEvent {

    /** As written before decision record 55: the order's booking came with OrderPlaced. */
    public PaymentDeclined(UUID eventId, Instant occurredAt, UUID orderId, String reason) {
        this(eventId, occurredAt, orderId, reason, null, null, null);
    }
}
