package gotohotel.backend.reservation;

import java.time.Instant;
import java.util.UUID;

/** One change of a reservation for its audit trail: the status it reached and who did it, from where, when. */
record HistoryLine(UUID reservationId, long version, ReservationStatus status, String action, Actor actor,
                   String reason, Instant appliedAt) {
}
