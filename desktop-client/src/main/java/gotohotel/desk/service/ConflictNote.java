package gotohotel.desk.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision the server refused, shown until dismissed: the outcome ({@code CONFLICT}: the reservation moved on
 * first; {@code REJECTED}: the decision itself was refused), the reservation's status now, and the server's own
 * sentence for the details. A refused room command names its {@code room}; the server's sentence then names the
 * room and the guest of the stay that holds it.
 */
public record ConflictNote(long id, UUID reservationId, String guestName, String decision, String outcome,
                           String statusNow, String message, Instant occurredAt,
                           String room) {
}
