package gotohotel.backend.nightaudit;

import gotohotel.backend.ordering.NoShows;
import gotohotel.backend.reservation.Reservations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One business date's audit: claim the run, settle every booking still waiting for a guest whose check-in day has
 * passed — each in its own transaction that renews the claim, marks the booking and notes it against the run, so a
 * crash loses at most the booking in hand and a second marking is impossible — then count the due-outs and finish.
 * A run resumed after a crash asks the reservations again: what was settled before is NO_SHOW and no longer asked.
 */
@Service
class NightAudit {

    /** How often a booking that failed (a concurrent change, the database briefly away) is tried within one run. */
    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(NightAudit.class);

    private final NightAuditRuns runs;
    private final Reservations reservations;
    private final NoShows noShows;
    private final NightAuditProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NightAudit(NightAuditRuns runs, Reservations reservations, NoShows noShows, NightAuditProperties properties,
               TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.reservations = reservations;
        this.noShows = noShows;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What became of a call: not claimed (finished before, or another instance holds it), lost midway, or done. */
    enum Outcome { NOT_CLAIMED, LOST_CLAIM, FINISHED }

    private enum Step { MARKED, UNCHANGED, LOST }

    /** Audits {@code businessDate} as {@code instance}, unless the run is finished or held by another instance. */
    Outcome run(LocalDate businessDate, String instance) {
        if (!runs.claim(businessDate, instance, clock.instant(), properties.lease())) {
            return Outcome.NOT_CLAIMED;
        }
        log.info("Night audit of {} started by {}", businessDate, instance);
        Map<UUID, Integer> failed = new HashMap<>();
        int marked = 0;
        List<UUID> due;
        while (!(due = waiting(businessDate, failed)).isEmpty()) {
            for (UUID orderId : due) {
                try {
                    var step = transactions.execute(status -> settle(businessDate, orderId, instance));
                    if (step == Step.LOST) {
                        log.warn("Night audit of {}: another instance took the run over from {}", businessDate,
                                instance);
                        return Outcome.LOST_CLAIM;
                    }
                    marked += step == Step.MARKED ? 1 : 0;
                } catch (RuntimeException e) {
                    failed.merge(orderId, 1, Integer::sum);
                    log.warn("Night audit of {}: order {} not settled (attempt {}): {}", businessDate, orderId,
                            failed.get(orderId), e.toString());
                }
            }
        }
        int failures = (int) failed.values().stream().filter(attempts -> attempts >= ATTEMPTS).count();
        int dueOuts = reservations.dueOuts(businessDate).size();
        if (!runs.finish(businessDate, instance, failures, dueOuts, clock.instant())) {
            return Outcome.LOST_CLAIM;
        }
        log.info("Night audit of {} finished by {}: {} no-shows marked now, {} failed, {} due-outs still in house",
                businessDate, instance, marked, failures, dueOuts);
        return Outcome.FINISHED;
    }

    /** The bookings still to settle: not arrived by the date, and not failed on every attempt. */
    private List<UUID> waiting(LocalDate businessDate, Map<UUID, Integer> failed) {
        return reservations.notArrivedBy(properties.firstDaySwept(businessDate), businessDate).stream()
                .filter(orderId -> failed.getOrDefault(orderId, 0) < ATTEMPTS).toList();
    }

    private Step settle(LocalDate businessDate, UUID orderId, String instance) {
        var now = clock.instant();
        if (!runs.renew(businessDate, instance, now, properties.lease())) {
            return Step.LOST;
        }
        if (!noShows.recordNoShow(orderId, businessDate)) {
            return Step.UNCHANGED;
        }
        runs.noteNoShow(businessDate, orderId, instance, now);
        return Step.MARKED;
    }
}
