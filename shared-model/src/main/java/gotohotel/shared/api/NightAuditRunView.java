package gotohotel.shared.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One night audit run, as managers see it.
 *
 * @param businessDate the day the run closed: bookings due to arrive that day or before and not checked in became
 *     NO_SHOW
 * @param claimedBy the server instance that ran it last (a crashed run is taken over by another)
 * @param attempts how often it was started: more than one when it was resumed after a crash
 * @param noShows bookings this run marked NO_SHOW
 * @param failures bookings it could not settle (left as they were; the next night's run tries them again)
 * @param dueOuts guests still checked in past their check-out day when it finished (listed, never checked out)
 * @param finishedAt null while it runs or when it stopped midway
 */
public record NightAuditRunView(LocalDate businessDate, Instant startedAt, String claimedBy, int attempts,
                                int noShows, int failures, Integer dueOuts, Instant finishedAt) {
}
