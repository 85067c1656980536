package gotohotel.backend.reservation;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, at the end of a transaction that changed reservations, what the front desk needs to follow:
 * a history line per change and the reservations' new positions in the changes feed. Positions come from
 * the single counter row, locked until the transaction commits, so they become visible in order and a
 * reader of the feed can never pass a position that a slower transaction commits later (decision
 * record 7). The counter is taken last, after the reservation rows are written, so its lock is held only
 * for the commit and never while waiting for a row. A notification wakes waiting feed readers on commit.
 */
@Component
class ReservationChanges {

    private final JdbcTemplate jdbc;

    ReservationChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call after the changed reservations were flushed, as the last step of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Collection<Reservation> changed) {
        if (changed.isEmpty()) {
            return;
        }
        writeHistory(changed.stream().flatMap(reservation -> reservation.takeHistory().stream()).toList());
        List<UUID> ids = changed.stream().map(Reservation::id).distinct().toList();
        Long last = jdbc.queryForObject("""
                UPDATE reservation_change_counter SET last_position = last_position + ? WHERE id = 1
                RETURNING last_position""", Long.class, ids.size());
        long position = last - ids.size();
        var stamps = new java.util.ArrayList<Object[]>(ids.size());
        for (UUID id : ids) {
            stamps.add(new Object[] {++position, id});
        }
        jdbc.batchUpdate("UPDATE reservation SET change_position = ? WHERE id = ?", stamps);
        jdbc.queryForList("SELECT pg_notify(?, '')", ReservationFeed.COMMIT_CHANNEL);
    }

    private void writeHistory(List<HistoryLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO reservation_history (reservation_id, version, status, action, staff, account, client_id,
                    reason, decided_at, applied_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reservation_id, version) DO NOTHING""",
                lines.stream().map(line -> new Object[] {line.reservationId(), line.version(), line.status().name(),
                        line.action(), line.actor().staff(), line.actor().account(), line.actor().clientId(),
                        line.reason(), Timestamp.from(line.actor().decidedAt()), Timestamp.from(line.appliedAt())})
                        .toList());
    }
}
