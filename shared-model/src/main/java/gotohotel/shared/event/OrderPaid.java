package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The order is paid (decision record 55): the one event of a paid booking, carrying what the hotel, my page and the
 * guest's message need — the booking, what was paid and the card's last four digits (null when paid at the desk's
 * counter). It replaces OrderPlaced, PaymentApproved and ReservationRequested; consumers still apply those when they
 * meet them in the topics (events written before), once.
 */
public record OrderPaid(UUID eventId, Instant occurredAt, UUID orderId, Booking booking, BigDecimal amount,
                        String currency, String cardLast4) implements BookingEvent {
}
