package gotohotel.backend.nightaudit;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every check interval for work: runs other instances left unfinished (their lease ran out), then the audit due
 * now. From the configured local time on day D the audit of D−1 is due; before it, that of D−2 (done already, so
 * nothing happens). An instance that was down at that time runs it when it is back.
 */
@Component
class NightAuditScheduler {

    private static final Logger log = LoggerFactory.getLogger(NightAuditScheduler.class);

    private final NightAudit audit;
    private final NightAuditRuns runs;
    private final NightAuditProperties properties;
    private final ZoneId hotelZone;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    NightAuditScheduler(NightAudit audit, NightAuditRuns runs, NightAuditProperties properties,
                        @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone, Clock clock) {
        this.audit = audit;
        this.runs = runs;
        this.properties = properties;
        this.hotelZone = hotelZone;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gotohotel.night-audit.check-interval}",
            initialDelayString = "${gotohotel.night-audit.check-interval}")
    void check() {
        if (!properties.enabled()) {
            return;
        }
        try {
            var now = clock.instant();
            for (LocalDate abandoned : runs.abandoned(now)) {
                audit.run(abandoned, instance);
            }
            audit.run(dueBusinessDate(now), instance);
        } catch (RuntimeException e) {
            log.warn("Night audit check failed; trying again in {}: {}", properties.checkInterval(), e.toString());
        }
    }

    /** The business date whose audit is due at {@code now}. */
    LocalDate dueBusinessDate(Instant now) {
        var local = now.atZone(hotelZone);
        return local.toLocalDate().minusDays(local.toLocalTime().isBefore(properties.time()) ? 2 : 1);
    }
}
