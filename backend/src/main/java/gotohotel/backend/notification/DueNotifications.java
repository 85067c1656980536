package gotohotel.backend.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds notifications due for an attempt and claims a batch of them, safely across instances. */
@Component
class DueNotifications {

    private final JdbcTemplate jdbc;

    DueNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} open notifications whose next attempt is due and whose guest is known,
     * oldest first, until {@code until}; returns the ids this call claimed (another dispatcher may have
     * taken some of them first).
     */
    List<UUID> claim(Instant now, Instant until, int limit) {
        var at = Timestamp.from(now);
        // One statement: the claimed ids come back from the update itself (no look-up by claim, which no index serves)
        return jdbc.query("""
                UPDATE notification SET claimed_until = ?, claimed_by = ?
                WHERE id IN (SELECT n.id FROM notification n
                             WHERE n.status IN ('PENDING', 'RETRYING') AND n.next_attempt_at <= ?
                               AND (n.claimed_until IS NULL OR n.claimed_until < ?)
                               AND EXISTS (SELECT 1 FROM notification_recipient r WHERE r.order_id = n.order_id)
                             ORDER BY n.next_attempt_at
                             LIMIT ?
                             FOR UPDATE SKIP LOCKED)
                  AND status IN ('PENDING', 'RETRYING') AND (claimed_until IS NULL OR claimed_until < ?)
                RETURNING id""", (rs, row) -> rs.getObject(1, UUID.class), Timestamp.from(until), UUID.randomUUID(),
                at, at, limit, at);
    }
}
