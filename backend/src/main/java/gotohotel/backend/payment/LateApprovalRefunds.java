package gotohotel.backend.payment;

import gotohotel.shared.event.PaymentRefunded;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an authorisation timed out, the guest was told to retry and the order failed, but the provider
 * may still have approved it. This asks the provider by order id and refunds such late approvals, so
 * the guest is never charged for a booking that does not exist.
 */
@Component
class LateApprovalRefunds {

    private static final Logger log = LoggerFactory.getLogger(LateApprovalRefunds.class);
    private final UnresolvedAuthorizations unresolved;
    private final PaymentProvider provider;
    private final PaymentRepository payments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration recheckAfter;

    LateApprovalRefunds(UnresolvedAuthorizations unresolved, PaymentProvider provider, PaymentRepository payments,
                        ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
                        PaymentProperties properties) {
        this.recheckAfter = properties.lateApprovalCheckAfter();
        this.unresolved = unresolved;
        this.provider = provider;
        this.payments = payments;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gotohotel.payment.late-approval-check-interval}",
            initialDelayString = "${gotohotel.payment.late-approval-check-interval}")
    void refundLateApprovals() {
        for (var lost : unresolved.due(50)) {
            try {
                resolve(lost);
            } catch (PaymentUnavailableException providerDown) {
                unresolved.checkAgainLater(lost.orderId(), recheckAfter);
                return;
            }
        }
    }

    private void resolve(UnresolvedAuthorizations.Unresolved lost) {
        var answer = provider.find(lost.orderId());
        if (answer.isEmpty() || !answer.get().approved()) {
            unresolved.resolved(lost.orderId());
            return;
        }
        provider.refund(lost.orderId(), lost.amount());
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            var approval = Authorization.approved(answer.get().reference(), lost.cardLast4());
            var payment = new Payment(lost.orderId(), lost.amount(), approval, now);
            payment.refunded(lost.amount(), now);
            payments.save(payment);
            unresolved.resolved(lost.orderId());
            events.publishEvent(new PaymentRefunded(UUID.randomUUID(), now, lost.orderId(), lost.amount().amount(),
                    lost.amount().currencyCode()));
        });
        log.warn("Order {} was approved after its payment timed out; refunded {}", lost.orderId(), lost.amount());
    }
}
