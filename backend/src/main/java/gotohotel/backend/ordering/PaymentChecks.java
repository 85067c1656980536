package gotohotel.backend.ordering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When the reconciler asks the provider again about an order stuck in PENDING_PAYMENT. An order whose
 * look-up found no final answer is pushed back (doubling delay), so it moves behind the others and a
 * few that keep failing never starve the rest.
 */
@Component
class PaymentChecks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PaymentChecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Orders pending since before {@code cutoff} that are due for a look-up, the longest waiting first. */
    List<UUID> due(Instant cutoff, int limit) {
        return jdbc.queryForList("""
                SELECT o.id FROM orders o LEFT JOIN order_payment_check c ON c.order_id = o.id
                WHERE o.status = 'PENDING_PAYMENT' AND o.created_at < ?
                  AND (c.next_check_at IS NULL OR c.next_check_at <= ?)
                ORDER BY COALESCE(c.next_check_at, o.created_at), o.id
                LIMIT ?""", UUID.class, Timestamp.from(cutoff), Timestamp.from(clock.instant()), limit);
    }

    /** No final answer this time: ask again after {@code firstDelay}, doubled per failed look-up, at most {@code maxDelay}. */
    void postpone(UUID orderId, Duration firstDelay, Duration maxDelay) {
        var attempts = jdbc.queryForList("SELECT attempts FROM order_payment_check WHERE order_id = ?",
                Integer.class, orderId);
        int failed = attempts.isEmpty() ? 0 : attempts.get(0);
        Duration delay = firstDelay;
        for (int i = 0; i < failed && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        var next = Timestamp.from(clock.instant().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
        if (attempts.isEmpty()) {
            jdbc.update("INSERT INTO order_payment_check (order_id, attempts, next_check_at) VALUES (?, 1, ?)",
                    orderId, next);
        } else {
            jdbc.update("UPDATE order_payment_check SET attempts = attempts + 1, next_check_at = ? WHERE order_id = ?",
                    next, orderId);
        }
    }

    void forget(UUID orderId) {
        jdbc.update("DELETE FROM order_payment_check WHERE order_id = ?", orderId);
    }
}
