package gotohotel.backend.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds notifications due for an attempt and claims them one by one, safely across instances. */
@Component
class DueNotifications {

    private final JdbcTemplate jdbc;

    DueNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open notifications whose next attempt is due and whose guest is known, oldest first. */
    List<UUID> find(Instant now, int limit) {
        var at = Timestamp.from(now);
        return jdbc.query("""
                SELECT n.id FROM notification n
                WHERE n.status IN ('PENDING', 'RETRYING') AND n.next_attempt_at <= ?
                  AND (n.claimed_until IS NULL OR n.claimed_until < ?)
                  AND EXISTS (SELECT 1 FROM notification_recipient r WHERE r.order_id = n.order_id)
                ORDER BY n.next_attempt_at
                LIMIT ?""", (rs, row) -> rs.getObject(1, UUID.class), at, at, limit);
    }

    /** Takes a notification for one attempt until {@code until}; false when another dispatcher has it. */
    boolean claim(UUID id, Instant now, Instant until) {
        return jdbc.update("""
                UPDATE notification SET claimed_until = ?
                WHERE id = ? AND status IN ('PENDING', 'RETRYING') AND (claimed_until IS NULL OR claimed_until < ?)""",
                Timestamp.from(until), id, Timestamp.from(now)) == 1;
    }
}
