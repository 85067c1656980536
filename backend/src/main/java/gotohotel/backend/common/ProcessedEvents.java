package gotohotel.backend.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which events a consumer has applied. Call {@link #firstTime} inside the transaction that
 * applies the event: a redelivered event then changes nothing, and the primary key refuses a racing
 * duplicate, rolling the second attempt back.
 */
@Component
public class ProcessedEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessedEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the event as applied by the consumer; false when it was applied before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstTime(String consumer, UUID eventId) {
        Integer seen = jdbc.queryForObject(
                "SELECT COUNT(*) FROM processed_event WHERE consumer = ? AND event_id = ?", Integer.class,
                consumer, eventId);
        if (seen != null && seen > 0) {
            return false;
        }
        jdbc.update("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)", consumer,
                eventId, Timestamp.from(clock.instant()));
        return true;
    }
}
