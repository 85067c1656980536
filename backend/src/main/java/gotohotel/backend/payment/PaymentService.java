package gotohotel.backend.payment;

import gotohotel.backend.common.Money;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.PaymentDeclined;
import gotohotel.shared.event.PaymentRefunded;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class PaymentService implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentProvider provider;
    private final UnresolvedAuthorizations unresolved;
    private final PaymentRepository payments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentService(PaymentProvider provider, UnresolvedAuthorizations unresolved, PaymentRepository payments,
                   ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.provider = provider;
        this.unresolved = unresolved;
        this.payments = payments;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Authorization authorize(UUID orderId, Money amount, Card card) {
        Authorization authorization;
        try {
            authorization = provider.authorize(orderId, amount, card);
        } catch (PaymentUnavailableException lost) {
            if (lost.reachedProvider()) {
                unresolved.remember(orderId, amount, card.number().last4());
            }
            throw lost;
        }
        log.debug("Payment for order {} {} (card {})", orderId, authorization.approved() ? "approved" : "declined",
                card.number());
        return authorization;
    }

    @Override
    public Optional<Authorization> lookup(UUID orderId) {
        return provider.find(orderId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID orderId, Money amount, Authorization authorization, Booking booking) {
        var now = clock.instant();
        payments.save(new Payment(orderId, amount, authorization, now));
        if (authorization.approved()) {
            events.publishEvent(new PaymentApproved(UUID.randomUUID(), now, orderId, booking, amount.amount(),
                    amount.currencyCode(), authorization.cardLast4()));
        } else {
            events.publishEvent(new PaymentDeclined(UUID.randomUUID(), now, orderId, authorization.declineReason()));
        }
    }

    @Override
    public Money refund(UUID orderId, Money amount) {
        var payment = payments.findById(orderId)
                .orElseThrow(() -> new IllegalStateException("No payment for order " + orderId));
        Money outstanding = payment.outstandingRefund(amount);
        if (!outstanding.isPositive()) {
            return payment.refunded();
        }
        provider.refund(orderId, outstanding);
        return transactions.execute(status -> {
            var current = payments.findById(orderId).orElseThrow();
            Money stillOutstanding = current.outstandingRefund(amount);
            if (stillOutstanding.isPositive()) {
                var now = clock.instant();
                current.refunded(stillOutstanding, now);
                events.publishEvent(new PaymentRefunded(UUID.randomUUID(), now, orderId,
                        stillOutstanding.amount(), stillOutstanding.currencyCode()));
                log.info("Refunded {} for order {}", stillOutstanding, orderId);
            }
            return current.refunded();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaymentSummary> find(UUID orderId) {
        return payments.findById(orderId).map(Payment::summary);
    }
}
