package gotohotel.shared.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The guest never arrived: the night audit closing {@code businessDate} found the booking still waiting for its
 * check-in day, which had passed. {@code by} names who set it ("night audit").
 */
public record ReservationNoShow(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                                String by, LocalDate businessDate) implements ReservationEvent {
}
