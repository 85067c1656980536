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
    /** The authorisation the refund is sent against: null for the order's own, else a charge's id (decision 52). */
    private UUID authorizationKey;
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
        return owed(orderId, null, amount, cause, now);
    }

    /** @param authorizationKey a charge's id when the refund goes back through it; null for the order's own */
    static Refund owed(UUID orderId, UUID authorizationKey, Money amount, RefundCause cause, Instant now) {
        var refund = new Refund();
        refund.authorizationKey = authorizationKey;
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

    /** Money taken at the counter is owed back there: staff hand it over; the provider is never asked. */
    void handBackAtCounter() {
        if (status != RefundStatus.PENDING || attempts > 0) {
            throw new IllegalStateException("Refund " + id + " was sent to the provider already");
        }
        status = RefundStatus.AT_COUNTER;
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

    /** The provider's key of the authorisation this refund goes back through. */
    UUID authorizationKey() {
        return authorizationKey != null ? authorizationKey : orderId;
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
