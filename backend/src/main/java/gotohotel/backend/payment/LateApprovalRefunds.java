package gotohotel.backend.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an authorisation timed out, the guest was told to retry and the order failed, but the provider
 * may still have approved it. This asks the provider by order id and refunds such late approvals through
 * the one refund path, so the guest is never charged for a booking that does not exist. Each look-up that
 * finds no final answer (provider down, answer still pending, any error) pushes that order back with
 * backoff and the round goes on with the others.
 */
@Component
class LateApprovalRefunds {

    private static final Logger log = LoggerFactory.getLogger(LateApprovalRefunds.class);
    private static final int ROUND = 50;

    private final UnresolvedAuthorizations unresolved;
    private final PaymentProvider provider;
    private final PaymentRepository payments;
    private final Refunds refunds;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;

    LateApprovalRefunds(UnresolvedAuthorizations unresolved, PaymentProvider provider, PaymentRepository payments,
                        Refunds refunds, TransactionTemplate transactions, Clock clock, PaymentProperties properties) {
        this.unresolved = unresolved;
        this.provider = provider;
        this.payments = payments;
        this.refunds = refunds;
        this.transactions = transactions;
        this.clock = clock;
        this.firstDelay = properties.lateApprovalCheckAfter();
        this.maxDelay = properties.lateApprovalMaxDelay();
    }

    @Scheduled(fixedDelayString = "${gotohotel.payment.late-approval-check-interval}",
            initialDelayString = "${gotohotel.payment.late-approval-check-interval}")
    void refundLateApprovals() {
        for (var lost : unresolved.due(ROUND)) {
            try {
                if (!resolve(lost)) {
                    unresolved.checkAgainLater(lost.orderId(), delayAfter(lost.attempts()));
                }
            } catch (RuntimeException failed) {
                log.warn("Could not resolve the lost authorisation of order {} (attempt {}): {}", lost.orderId(),
                        lost.attempts() + 1, failed.toString());
                unresolved.checkAgainLater(lost.orderId(), delayAfter(lost.attempts()));
            }
        }
    }

    /** @return whether the authorisation is settled for good (nothing was charged, or the refund is owed) */
    private boolean resolve(UnresolvedAuthorizations.Unresolved lost) {
        var answer = provider.find(lost.orderId());
        if (answer.isPresent() && answer.get().pending()) {
            return false;
        }
        if (answer.isEmpty() || !answer.get().approved()) {
            unresolved.resolved(lost.orderId());
            return true;
        }
        transactions.executeWithoutResult(status -> {
            if (payments.findById(lost.orderId()).isEmpty()) {
                var approval = Authorization.approved(answer.get().reference(), lost.cardLast4());
                payments.save(Payment.approvedAfterTheOrderFailed(lost.orderId(), lost.amount(), approval,
                        clock.instant()));
                payments.flush();
            }
            refunds.owe(lost.orderId(), Optional.empty(), RefundCause.LATE_APPROVAL);
            unresolved.resolved(lost.orderId());
        });
        log.warn("Order {} was approved after its payment timed out; refunding {}", lost.orderId(), lost.amount());
        return true;
    }

    /** first delay, doubled per failed look-up, at most the max delay. */
    private Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 0; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
