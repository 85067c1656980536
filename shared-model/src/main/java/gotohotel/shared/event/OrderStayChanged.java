package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The order's stay changed (decision record 52): {@code booking} holds the new dates, {@code previousCheckIn} and
 * {@code previousCheckOut} the old ones. {@code change} counts the order's stay changes (1 for the first), so a
 * reader keeps the newest dates whatever order events arrive in. {@code totalPrice} is the stay's new price;
 * {@code refundedAmount} is what this change refunds by the order's cancellation policy (owed with the change;
 * PaymentRefunded follows when the provider takes it), {@code chargedAmount} what it charged for added nights.
 * {@code changedBy} is the staff member's username, or "guest".
 */
public record OrderStayChanged(UUID eventId, Instant occurredAt, UUID orderId, Booking booking, int change,
                               LocalDate previousCheckIn, LocalDate previousCheckOut, BigDecimal totalPrice,
                               BigDecimal refundedAmount, BigDecimal chargedAmount, String currency,
                               String changedBy) implements BookingEvent {
}
