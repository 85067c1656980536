package gotohotel.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A guest message changed state: sent, waiting to be retried, or failed for good.
 *
 * @param notificationId deterministic per (order, announced status, channel)
 * @param announces the order status the message announces, such as {@code CONFIRMED}
 * @param delivery {@code SENT}, {@code RETRYING} or {@code FAILED}
 * @param reason why delivery is retried or failed; null when sent
 */
public record GuestNotified(UUID eventId, Instant occurredAt, UUID orderId, UUID notificationId, String announces,
                            String channel, String text, String delivery, String reason) implements BookingEvent {
}
