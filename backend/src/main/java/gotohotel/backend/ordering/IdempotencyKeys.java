package gotohotel.backend.ordering;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which order an {@code Idempotency-Key} created, and a fingerprint of the request that came with it. */
@Component
class IdempotencyKeys {

    record Entry(String fingerprint, UUID orderId) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Entry> find(String key) {
        return jdbc.query("SELECT request_hash, order_id FROM order_idempotency_key WHERE idempotency_key = ?",
                (rs, row) -> new Entry(rs.getString(1), rs.getObject(2, UUID.class)), key).stream().findFirst();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another request took the key first */
    void claim(String key, String fingerprint, UUID orderId) {
        jdbc.update("INSERT INTO order_idempotency_key (idempotency_key, request_hash, order_id, created_at) "
                + "VALUES (?, ?, ?, ?)", key, fingerprint, orderId, Timestamp.from(clock.instant()));
    }

    /** Frees the key of an order that left nothing behind, so a retry with it is a new attempt. */
    void forget(UUID orderId) {
        jdbc.update("DELETE FROM order_idempotency_key WHERE order_id = ?", orderId);
    }
}
