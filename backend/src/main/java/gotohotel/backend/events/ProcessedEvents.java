package gotohotel.backend.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which events a consumer has applied. Call {@link #firstTimes} inside the transaction that
 * applies the events: a redelivered event then changes nothing, and a racing duplicate waits on the primary
 * key for the first transaction and is skipped once it commits (applied once either way).
 */
@Component
public class ProcessedEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessedEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a batch of events as applied by the consumer and returns the ids applied for the first
     * time: one statement for the whole batch, an insert that skips the ids already recorded (a key lookup
     * per id) and returns the ones it wrote. An id a concurrent transaction is recording waits for that
     * transaction: if it commits, the id is not returned here (the other one applies the event).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> firstTimes(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        var ids = new LinkedHashSet<>(eventIds);
        var written = new HashSet<>(jdbc.query(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id, processed_at)
                    SELECT CAST(? AS VARCHAR(64)), id, CAST(? AS TIMESTAMP WITH TIME ZONE) FROM unnest(?) AS id
                    ON CONFLICT (consumer, event_id) DO NOTHING
                    RETURNING event_id""");
            insert.setString(1, consumer);
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
            return insert;
        }, (rs, row) -> rs.getObject(1, UUID.class)));
        ids.retainAll(written);
        return ids;
    }

    /** Records the event as applied by the consumer; false when it was applied before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstTime(String consumer, UUID eventId) {
        return !firstTimes(consumer, Set.of(eventId)).isEmpty();
    }
}
