package gotohotel.desk.store;

import java.time.Instant;
import java.util.UUID;

/** A decision the server refused for good, with its sentence for the receptionist; shown until dismissed. */
public record Conflict(long id, UUID commandId, UUID reservationId, String type, String outcome, String guestName,
                       String message, Instant occurredAt) {
}
