package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Money owed back to a guest, created by {@link Payment#owe} in the transaction of the state change that
 * owes it. Its id is the provider's idempotency key, so sending it twice refunds once. Each attempt is
 * claimed first ({@link #attempt}: the version check lets one claimer through and the next attempt is
 * pushed back by the backoff), so a refund whose call failed or was cut off is tried again later, forever.
 */
@Entity
@Table(name = "payment_refund")
class Refund {

    static final int ERROR_LENGTH = 200;

    @Id
    private UUID id;
    private UUID orderId;
    @Version
    private Long version;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RefundCause cause;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RefundStatus status;
    private BigDecimal amount;
    private String currency;
    private String providerReference;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant completedAt;

    protected Refund() {
    }

    static Refund owed(UUID orderId, Money amount, RefundCause cause, Instant now) {
        var refund = new Refund();
        refund.id = UUID.randomUUID();
        refund.orderId = orderId;
        refund.cause = cause;
        refund.status = RefundStatus.PENDING;
        refund.amount = amount.amount();
        refund.currency = amount.currencyCode();
        refund.nextAttemptAt = now;
        refund.createdAt = now;
        return refund;
    }

    /** A refund of money taken at the counter: staff hand it back there; the provider is never asked. */
    static Refund owedAtCounter(UUID orderId, Money amount, RefundCause cause, Instant now) {
        var refund = owed(orderId, amount, cause, now);
        refund.status = RefundStatus.AT_COUNTER;
        return refund;
    }

    boolean atCounter() {
        return status == RefundStatus.AT_COUNTER;
    }

    /** Whether an attempt may start now: still owed and not claimed by an attempt still within its backoff. */
    boolean isDue(Instant now) {
        return status == RefundStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Claims an attempt; if it never reports back, the next one starts after {@code backoff}. */
    void attempt(Instant now, Duration backoff) {
        if (!isDue(now)) {
            throw new IllegalStateException("Refund " + id + " is not due");
        }
        attempts++;
        nextAttemptAt = now.plus(backoff);
    }

    void failed(String error) {
        lastError = Authorization.cut(error, ERROR_LENGTH);
    }

    void succeeded(String reference, Instant now) {
        status = RefundStatus.SUCCEEDED;
        providerReference = Authorization.cut(reference, Authorization.REFERENCE_LENGTH);
        lastError = null;
        completedAt = now;
    }

    boolean isPending() {
        return status == RefundStatus.PENDING;
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    int attempts() {
        return attempts;
    }

    RefundCause cause() {
        return cause;
    }

    Money amount() {
        return Money.of(amount, currency);
    }
}
