package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** The provider declined the payment; the hold was released. */
public record PaymentDeclined(UUID eventId, Instant occurredAt, UUID orderId, String reason) implements BookingEvent {
}
