package gotohotel.desk.service;

import java.time.Instant;
import java.util.UUID;

/** A decision the server refused, with its sentence for the receptionist; shown until dismissed. */
public record ConflictNote(long id, UUID reservationId, String guestName, String decision, String message,
                           Instant occurredAt) {
}
