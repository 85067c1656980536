package gotohotel.backend.payment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new payment inserted in plain JDBC, with the events it recorded published in the same transaction — the order
 * path's write of the provider's answer (decision record 56). Every later change (refunds, charges) goes through
 * {@link PaymentRepository}: the columns are the entity's.
 */
@Repository
class PaymentWrites {

    private static final String INSERT = """
            INSERT INTO payment (order_id, version, status, amount, refunded_amount, refund_owed_amount, currency,
                card_last4, method, taken_by, provider_reference, decline_reason, created_at, updated_at)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PaymentWrites(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the order's payment was kept before */
    @Transactional(propagation = Propagation.MANDATORY)
    Payment insert(Payment payment) {
        var row = payment.newRow();
        jdbc.update(INSERT, row.orderId(), row.status().name(), row.amount(), row.refundedAmount(),
                row.refundOwedAmount(), row.currency(), row.cardLast4(), row.method().name(), row.takenBy(),
                row.providerReference(), row.declineReason(), timestamp(row.createdAt()), timestamp(row.updatedAt()));
        payment.takeEvents().forEach(events::publishEvent);
        return payment;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
