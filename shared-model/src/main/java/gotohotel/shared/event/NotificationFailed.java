package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/** A guest message could not be delivered; kept on the dead-letter topic with the event that caused it. */
public record NotificationFailed(UUID eventId, Instant occurredAt, UUID orderId, UUID notificationId, String channel,
                                 String reason, BookingEvent cause) implements BookingEvent {
}
