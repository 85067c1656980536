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
 * {@code changedBy} is the staff member's username, or "guest". {@code previousRoomType} is set when the change gave
 * the stay another room type (the booking's new type is in {@code booking}); null for a change of dates, and in
 * events written before room type changes existed.
 */
public record OrderStayChanged(UUID eventId, Instant occurredAt, UUID orderId, Booking booking, int change,
                               LocalDate previousCheckIn, LocalDate previousCheckOut, BigDecimal totalPrice,
                               BigDecimal refundedAmount, BigDecimal chargedAmount, String currency,
                               String changedBy, String previousRoomType) implements BookingEvent {

    /** A change of dates (the room type unchanged). */
    public OrderStayChanged(UUID eventId, Instant occurredAt, UUID orderId, Booking booking, int change,
                            LocalDate previousCheckIn, LocalDate previousCheckOut, BigDecimal totalPrice,
                            BigDecimal refundedAmount, BigDecimal chargedAmount, String currency, String changedBy) {
        this(eventId, occurredAt, orderId, booking, change, previousCheckIn, previousCheckOut, totalPrice,
                refundedAmount, chargedAmount, currency, changedBy, null);
    }

    /** Whether this change gave the stay another room type. */
    public boolean changedRoomType() {
        return previousRoomType != null;
    }
}
