package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.PaymentDeclined;
import gotohotel.shared.event.PaymentRefunded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One order's payment: approved or declined once; owes the guest refunds at most up to its amount, each
 * a {@link Refund} of its own. Like the other aggregates it records the events to publish (approved,
 * declined, refunded), published with the transaction that saves it.
 */
@Entity
@Table(name = "payment")
class Payment extends AbstractAggregateRoot<Payment> {

    @Id
    private UUID orderId;
    @Version
    private Long version;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PaymentStatus status;
    private BigDecimal amount;
    private BigDecimal refundedAmount;
    private BigDecimal refundOwedAmount;
    private String currency;
    @Column(name = "card_last4")
    private String cardLast4;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PaymentMethod method;
    /** For {@link PaymentMethod#COUNTER}: the staff account that took the money. */
    private String takenBy;
    private String providerReference;
    private String declineReason;
    private Instant createdAt;
    private Instant updatedAt;

    protected Payment() {
    }

    /**
     * The provider's answer to an order's authorisation. A decline announces PaymentDeclined with the booking; an
     * approval announces nothing here: the order, marked paid in the same transaction, publishes OrderPaid — the one
     * event of a paid booking (decision record 55).
     */
    static Payment authorized(UUID orderId, Money amount, Authorization authorization, Booking booking, Instant now) {
        var payment = new Payment(orderId, amount, authorization, now);
        if (!authorization.approved()) {
            payment.registerEvent(new PaymentDeclined(UUID.randomUUID(), now, orderId,
                    authorization.declineReason(), booking, amount.amount(), amount.currencyCode()));
        }
        return payment;
    }

    /**
     * Money taken at the desk (cash or the counter's terminal, {@code reference} its receipt) by {@code takenBy}; the
     * order, marked paid with it, announces OrderPaid like a card's approval, so the stay is booked the same way.
     */
    static Payment atCounter(UUID orderId, Money amount, String reference, String takenBy, Instant now) {
        var payment = new Payment(orderId, amount, Authorization.approved(reference, null), now);
        payment.method = PaymentMethod.COUNTER;
        payment.takenBy = takenBy;
        return payment;
    }

    /**
     * An approval the provider made after the order had failed: kept (to be refunded) but never announced
     * (the order is not marked paid), which would book a room nobody is waiting for.
     */
    static Payment approvedAfterTheOrderFailed(UUID orderId, Money amount, Authorization authorization, Instant now) {
        if (!authorization.approved()) {
            throw new IllegalArgumentException("Only an approval is kept for order " + orderId);
        }
        return new Payment(orderId, amount, authorization, now);
    }

    Payment(UUID orderId, Money amount, Authorization authorization, Instant now) {
        if (authorization.pending()) {
            throw new IllegalArgumentException("A pending authorisation is not a payment yet (order " + orderId + ")");
        }
        this.orderId = orderId;
        this.status = authorization.approved() ? PaymentStatus.APPROVED : PaymentStatus.DECLINED;
        this.amount = amount.amount();
        this.refundedAmount = BigDecimal.ZERO;
        this.refundOwedAmount = BigDecimal.ZERO;
        this.currency = amount.currencyCode();
        this.cardLast4 = authorization.cardLast4();
        this.method = PaymentMethod.CARD;
        this.providerReference = authorization.reference();
        this.declineReason = authorization.declineReason();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Money taken at the desk: its refunds are handed back there, never sent to the provider (decision 49). */
    boolean takenAtCounter() {
        return method == PaymentMethod.COUNTER;
    }

    /**
     * Owes the guest back {@code total} in all (capped at what was paid): returns the refund for the part not
     * owed yet, none when that much is owed already. Asking twice for the same total owes nothing more.
     */
    Optional<Refund> owe(Money total, RefundCause cause, Instant now) {
        if (status == PaymentStatus.DECLINED) {
            throw new IllegalStateException("Payment of order " + orderId + " was declined; nothing to refund");
        }
        Money paid = Money.of(amount, currency);
        Money capped = total.amount().compareTo(paid.amount()) > 0 ? paid : total;
        Money more = capped.minus(owed()).atLeastZero();
        if (!more.isPositive()) {
            return Optional.empty();
        }
        refundOwedAmount = refundOwedAmount.add(more.amount());
        status = PaymentStatus.REFUND_PENDING;
        updatedAt = now;
        return Optional.of(Refund.owed(orderId, more, cause, now));
    }

    /**
     * Nights were added to the stay and charged through their own authorisation (decision 52): the payment counts the
     * charge, so refunds may reach it. Never announced as PaymentApproved.
     */
    void charged(Money more, Instant now) {
        if (status == PaymentStatus.DECLINED) {
            throw new IllegalStateException("Payment of order " + orderId + " was declined; nothing to add to");
        }
        amount = amount.add(more.amount());
        updatedAt = now;
    }

    /** The provider accepted one of this payment's refunds; announces PaymentRefunded. */
    void refunded(Refund refund, Instant now) {
        refundedAmount = refundedAmount.add(refund.amount().amount());
        status = refundedAmount.compareTo(refundOwedAmount) >= 0 ? PaymentStatus.REFUNDED : PaymentStatus.REFUND_PENDING;
        updatedAt = now;
        registerEvent(new PaymentRefunded(UUID.randomUUID(), now, orderId, refund.amount().amount(),
                refund.amount().currencyCode()));
    }

    Money refunded() {
        return Money.of(refundedAmount, currency);
    }

    Money owed() {
        return Money.of(refundOwedAmount, currency);
    }

    /** Every column of a payment just decided, for the order path's plain JDBC insert ({@link PaymentWrites}). */
    NewRow newRow() {
        if (version != null) {
            throw new IllegalStateException("The payment of order " + orderId + " is already stored");
        }
        return new NewRow(orderId, status, amount, refundedAmount, refundOwedAmount, currency, cardLast4, method,
                takenBy, providerReference, declineReason, createdAt, updatedAt);
    }

    /** The columns of a new payment's row (the names are the columns'). */
    record NewRow(UUID orderId, PaymentStatus status, BigDecimal amount, BigDecimal refundedAmount,
                  BigDecimal refundOwedAmount, String currency, String cardLast4, PaymentMethod method, String takenBy,
                  String providerReference, String declineReason, Instant createdAt, Instant updatedAt) {
    }

    /** The events recorded since the payment was built, handed over once to a writer that publishes them itself. */
    List<Object> takeEvents() {
        var events = List.copyOf(domainEvents());
        clearDomainEvents();
        return events;
    }

    PaymentSummary summary() {
        return new PaymentSummary(status, cardLast4, Money.of(amount, currency), refunded(), method);
    }
}
