package gotohotel.shared.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money went back to the guest's card. */
public record PaymentRefunded(UUID eventId, Instant occurredAt, UUID orderId, BigDecimal amount,
                              String currency) implements BookingEvent {
}
