package gotohotel.backend.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
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

    /**
     * Records a batch of events as applied by the consumer and returns the ids applied for the first
     * time (two statements for the whole batch).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> firstTimes(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        var ids = new ArrayList<>(new LinkedHashSet<>(eventIds));
        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        var arguments = new ArrayList<Object>(ids.size() + 1);
        arguments.add(consumer);
        arguments.addAll(ids);
        var seen = new HashSet<>(jdbc.query("SELECT event_id FROM processed_event WHERE consumer = ? AND event_id IN ("
                + placeholders + ")", (rs, row) -> rs.getObject(1, UUID.class), arguments.toArray()));
        var fresh = new LinkedHashSet<UUID>();
        for (UUID id : ids) {
            if (!seen.contains(id)) {
                fresh.add(id);
            }
        }
        var now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)",
                fresh.stream().map(id -> new Object[] {consumer, id, now}).toList());
        return fresh;
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
