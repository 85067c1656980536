package gotohotel.backend.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again every event publication whose Kafka send failed (broker down, send timed out) or went
 * stale (process died mid-send; Modulith's staleness monitor marks those failed). Consumers are
 * idempotent, so a second copy changes nothing. At most {@code maxInFlight} are resent at once, so a
 * long broker outage does not pile up sends.
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final FailedEventPublications failed;
    private final EventsProperties properties;

    EventRedelivery(FailedEventPublications failed, EventsProperties properties) {
        this.failed = failed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${gotohotel.events.resubmit-interval}",
            initialDelayString = "${gotohotel.events.resubmit-interval}")
    void resubmitFailedPublications() {
        try {
            failed.resubmit(ResubmissionOptions.defaults()
                    .withMinAge(properties.resubmitAfter())
                    .withMaxInFlight(properties.maxInFlight())
                    .withBatchSize(properties.maxInFlight()));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit failed event publications: {}", e.toString());
        }
    }
}
