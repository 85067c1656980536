package gotohotel.shared.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The reservation's stay holds {@code room} from the night {@code from} on: given before arrival (every night of the
 * stay), or, {@code moved}, the in-house guest moved to it from that night on (the nights before keep their room).
 * Keyed by order id like every booking event, so it stays in order with the reservation's other events.
 *
 * @param staff who gave the room
 */
public record RoomAssigned(UUID eventId, Instant occurredAt, UUID orderId, UUID reservationId, long version,
                           String staff, String room, LocalDate from, boolean moved) implements ReservationEvent {
}
