package gotohotel.backend.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again every event publication that Kafka has not acknowledged in time (broker down, send timed
 * out, process crashed after commit). Consumers are idempotent, so a second copy changes nothing.
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final EventsProperties properties;

    EventRedelivery(IncompleteEventPublications incomplete, EventsProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${gotohotel.events.resubmit-interval}",
            initialDelayString = "${gotohotel.events.resubmit-interval}")
    void resubmitStalePublications() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
        } catch (RuntimeException e) {
            log.warn("Could not resubmit incomplete event publications: {}", e.toString());
        }
    }
}
