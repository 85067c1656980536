package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The built-in provider: approves every Luhn-valid card except the well-known test cards that decline
 * ({@code 4000000000000002} generic decline, {@code 4000000000009995} insufficient funds). Like a real
 * provider it keeps its ledger durably (table {@code payment_simulated_ledger}, written in its own short
 * transaction), so authorisations, look-ups and refunds work across restarts: authorising an order twice
 * charges once, sending one refund id twice refunds once, and refunds never exceed the authorised amount.
 */
class SimulatedPaymentProvider implements PaymentProvider {

    private static final Map<String, String> DECLINING_CARDS = Map.of(
            "4000000000000002", "card_declined",
            "4000000000009995", "insufficient_funds");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration latency;

    SimulatedPaymentProvider(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                             Duration latency) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.latency = latency;
    }

    @Override
    public Authorization authorize(UUID orderId, Money amount, Card card) {
        pause();
        String decline = DECLINING_CARDS.get(card.number().digits());
        var fresh = decline != null
                ? Authorization.declined(decline, card.number().last4())
                : Authorization.approved("sim_" + UUID.randomUUID(), card.number().last4());
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("""
                    INSERT INTO payment_simulated_ledger (idempotency_key, kind, order_id, approved, reference,
                        card_last4, decline_reason, amount, currency, created_at)
                    VALUES (?, 'AUTHORIZATION', ?, ?, ?, ?, ?, ?, ?, ?)""", orderId.toString(), orderId,
                    fresh.approved(), fresh.reference(), fresh.cardLast4(), fresh.declineReason(), amount.amount(),
                    amount.currencyCode(), Timestamp.from(clock.instant())));
        } catch (DuplicateKeyException authorisedBefore) {
            // the same order again: the first answer stands
        }
        return lookup(orderId).orElseThrow();
    }

    @Override
    public Optional<Authorization> find(UUID orderId) {
        pause();
        return lookup(orderId);
    }

    private Optional<Authorization> lookup(UUID orderId) {
        return jdbc.query("""
                SELECT approved, reference, card_last4, decline_reason FROM payment_simulated_ledger
                WHERE idempotency_key = ? AND kind = 'AUTHORIZATION'""",
                (rs, row) -> rs.getBoolean("approved")
                        ? Authorization.approved(rs.getString("reference"), rs.getString("card_last4"))
                        : Authorization.declined(rs.getString("decline_reason"), rs.getString("card_last4")),
                orderId.toString()).stream().findFirst();
    }

    @Override
    public String refund(UUID orderId, UUID refundId, Money amount) {
        pause();
        String reference = "sim_refund_" + refundId;
        return ownTransaction.execute(status -> {
            var authorised = jdbc.query("""
                    SELECT amount FROM payment_simulated_ledger
                    WHERE idempotency_key = ? AND kind = 'AUTHORIZATION' AND approved FOR UPDATE""",
                    (rs, row) -> rs.getBigDecimal(1), orderId.toString()).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("No approved authorisation for order " + orderId));
            var earlier = jdbc.query("SELECT reference FROM payment_simulated_ledger WHERE idempotency_key = ?",
                    (rs, row) -> rs.getString(1), refundId.toString());
            if (!earlier.isEmpty()) {
                return earlier.get(0);
            }
            BigDecimal refunded = jdbc.queryForObject("""
                    SELECT COALESCE(SUM(amount), 0) FROM payment_simulated_ledger
                    WHERE order_id = ? AND kind = 'REFUND'""", BigDecimal.class, orderId);
            if (refunded.add(amount.amount()).compareTo(authorised) > 0) {
                throw new IllegalStateException("Refunds of order " + orderId + " would exceed the authorised amount");
            }
            jdbc.update("""
                    INSERT INTO payment_simulated_ledger (idempotency_key, kind, order_id, approved, reference,
                        card_last4, decline_reason, amount, currency, created_at)
                    VALUES (?, 'REFUND', ?, TRUE, ?, NULL, NULL, ?, ?, ?)""", refundId.toString(), orderId, reference,
                    amount.amount(), amount.currencyCode(), Timestamp.from(clock.instant()));
            return reference;
        });
    }

    private void pause() {
        if (!latency.isZero()) {
            LockSupport.parkNanos(latency.toNanos());
        }
    }
}
