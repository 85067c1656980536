package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import gotohotel.shared.event.Booking;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class PaymentService implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentProvider provider;
    private final UnresolvedAuthorizations unresolved;
    private final PaymentRepository payments;
    private final PaymentWrites newPayments;
    private final Refunds refunds;
    private final Charges charges;
    private final Clock clock;

    PaymentService(PaymentProvider provider, UnresolvedAuthorizations unresolved, PaymentRepository payments,
                   PaymentWrites newPayments, Refunds refunds, Charges charges, Clock clock) {
        this.charges = charges;
        this.provider = provider;
        this.unresolved = unresolved;
        this.payments = payments;
        this.newPayments = newPayments;
        this.refunds = refunds;
        this.clock = clock;
    }

    @Override
    public Authorization authorize(UUID orderId, Money amount, Card card) {
        Authorization authorization;
        try {
            authorization = provider.authorize(orderId, amount, card);
        } catch (PaymentUnavailableException lost) {
            throw lost;
        } catch (RuntimeException unexpected) {
            // an answer we cannot use (a 4xx, an unreadable body): the provider may have charged all the same
            log.warn("Unusable answer from the payment provider for order {}: {}", orderId,
                    unexpected.getClass().getSimpleName());
            throw new PaymentUnavailableException("The payment provider gave an unusable answer; please retry shortly.",
                    Duration.ofSeconds(30), true);
        }
        if (authorization.pending()) {
            throw new PaymentUnavailableException("The payment provider has not decided yet; please retry shortly.",
                    Duration.ofSeconds(5), true);
        }
        log.debug("Payment for order {} {} (card {})", orderId, authorization.approved() ? "approved" : "declined",
                card.number());
        return authorization;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void rememberUnresolved(UUID orderId, Money amount, String cardLast4) {
        unresolved.remember(orderId, amount, cardLast4);
    }

    @Override
    public Optional<Authorization> lookup(UUID orderId) {
        return provider.find(orderId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentSummary record(UUID orderId, Money amount, Authorization authorization, Booking booking) {
        return newPayments.insert(Payment.authorized(orderId, amount, authorization, booking, clock.instant()))
                .summary();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentSummary recordAtCounter(UUID orderId, Money amount, String reference, String takenBy) {
        return newPayments.insert(Payment.atCounter(orderId, amount, reference, takenBy, clock.instant())).summary();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> refund(UUID orderId, Money total, RefundCause cause) {
        return refunds.owe(orderId, Optional.of(total), cause);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> refundInFull(UUID orderId, RefundCause cause) {
        return refunds.owe(orderId, Optional.empty(), cause);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCharge(UUID orderId, UUID chargeId, Money amount, Authorization approved) {
        if (!approved.approved()) {
            throw new IllegalArgumentException("Only an approved charge is kept (order " + orderId + ")");
        }
        var payment = payments.findById(orderId).orElseThrow();
        payment.charged(amount, clock.instant());
        payments.save(payment);
        charges.record(orderId, chargeId, amount, approved, clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> refundCharge(UUID orderId, UUID chargeId, Money amount, RefundCause cause) {
        return refunds.oweCharge(orderId, chargeId, amount, cause);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaymentSummary> find(UUID orderId) {
        return payments.findById(orderId).map(Payment::summary);
    }
}
