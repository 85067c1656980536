package gotohotel.desk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision the server refused for good, with its sentence for the receptionist and the status the reservation
 * has now on this desk (null when it is no longer here); shown until dismissed. A refused room command names its
 * {@code room} (a refused SET_HOUSEKEEPING names no reservation).
 */
public record Conflict(long id, UUID commandId, UUID reservationId, String type, String outcome, String statusNow,
                       String guestName, String message, Instant occurredAt, String room) {
}
