package gotohotel.backend.payment;

import gotohotel.backend.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One order's payment: approved or declined once, refunded at most up to its amount. */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    private UUID orderId;
    @Version
    private Long version;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PaymentStatus status;
    private BigDecimal amount;
    private BigDecimal refundedAmount;
    private String currency;
    @Column(name = "card_last4")
    private String cardLast4;
    private String providerReference;
    private String declineReason;
    private Instant createdAt;
    private Instant updatedAt;

    protected Payment() {
    }

    Payment(UUID orderId, Money amount, Authorization authorization, Instant now) {
        this.orderId = orderId;
        this.status = authorization.approved() ? PaymentStatus.APPROVED : PaymentStatus.DECLINED;
        this.amount = amount.amount();
        this.refundedAmount = BigDecimal.ZERO;
        this.currency = amount.currencyCode();
        this.cardLast4 = authorization.cardLast4();
        this.providerReference = authorization.reference();
        this.declineReason = authorization.declineReason();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The part of {@code requested} not refunded yet, capped at what was paid. */
    Money outstandingRefund(Money requested) {
        if (status == PaymentStatus.DECLINED) {
            throw new IllegalStateException("Payment of order " + orderId + " was declined; nothing to refund");
        }
        Money paid = Money.of(amount, currency);
        Money capped = requested.amount().compareTo(paid.amount()) > 0 ? paid : requested;
        return capped.minus(refunded()).atLeastZero();
    }

    void refunded(Money refund, Instant now) {
        refundedAmount = refundedAmount.add(refund.amount());
        status = PaymentStatus.REFUNDED;
        updatedAt = now;
    }

    Money refunded() {
        return Money.of(refundedAmount, currency);
    }

    PaymentSummary summary() {
        return new PaymentSummary(status, cardLast4, Money.of(amount, currency), refunded());
    }
}
