package gotohotel.backend.ordering;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order path's writes in plain JDBC (decision record 56): a new order inserted, then the payment's outcome
 * written — without Hibernate's persistence context, whose flush, dirty checking and read-back were a third of a
 * placement's CPU. The order's verbs still decide every state; this only writes what they decided, with the version
 * check Hibernate would make, and publishes the events the order recorded in the same transaction (the registry
 * stores them with it, as a repository's save does). Every later change of an order (stay changes, cancellation,
 * the reconciler) reads and writes it through {@link OrderRepository}: the columns are the entity's.
 */
@Repository
class PlacementWrites {

    /** The version a new row starts at (Hibernate's first version of a {@code Long}). */
    private static final long FIRST_VERSION = 0;

    private static final String INSERT = """
            INSERT INTO orders (id, version, status, status_reason, guest_name, phone, email, room_type, check_in,
                check_out, guest_count, total_price, currency, nightly_rate, charged_amount, fee_kept, stay_changes,
                free_cancellation_until, late_cancellation_fee, access_token_hash, booked_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String OUTCOME = """
            UPDATE orders SET version = version + 1, status = ?, status_reason = ?, updated_at = ?
            WHERE id = ? AND version = ?""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PlacementWrites(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Inserts the order just placed, in the caller's transaction (the one that holds its nights). */
    @Transactional(propagation = Propagation.MANDATORY)
    void insert(Order order) {
        var row = order.placedRow();
        jdbc.update(INSERT, row.id(), FIRST_VERSION, row.status().name(), row.statusReason(), row.guestName(),
                row.phone(), row.email(), row.roomType(), Date.valueOf(row.checkIn()), Date.valueOf(row.checkOut()),
                row.guestCount(), row.totalPrice(), row.currency(), row.nightlyRate(), row.chargedAmount(),
                row.feeKept(), row.stayChanges(), timestamp(row.cancellationPolicy().freeCancellationUntil()),
                row.cancellationPolicy().lateCancellationFee(), row.accessTokenHash(), row.bookedBy(),
                timestamp(row.createdAt()), timestamp(row.updatedAt()));
        publish(order);
    }

    /**
     * Writes the status the payment's outcome gave the order {@link #insert inserted} earlier and publishes what it
     * announced (OrderPaid), in the caller's transaction (the one that records the payment).
     *
     * @throws ObjectOptimisticLockingFailureException when the row changed since it was inserted (nothing is written;
     *     answered 409 concurrent-change, as Hibernate's version check was)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void settled(Order order) {
        int updated = jdbc.update(OUTCOME, order.status().name(), order.statusReason(), timestamp(order.updatedAt()),
                order.id(), FIRST_VERSION);
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException(Order.class, order.id());
        }
        publish(order);
    }

    private void publish(Order order) {
        order.takeEvents().forEach(events::publishEvent);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
