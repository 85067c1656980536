package gotohotel.backend.payment;

import gotohotel.backend.money.Money;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one refund path, for cancellations, rejections and late approvals alike. A refund is owed in the
 * caller's transaction (with the state change that owes it), attempted right after that transaction
 * commits, and — when the provider is down, slow or the circuit is open — attempted again by
 * {@link #retryDue()} with exponential backoff until the provider accepts it. It never gives up; what is
 * still owed shows in the metric {@code gotohotel.payment.refunds.pending} and the health detail
 * {@code refunds}.
 */
@Component
class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentProvider provider;
    private final Charges charges;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final PaymentProperties.RefundRetry retry;
    private final Counter failedAttempts;

    Refunds(PaymentRepository payments, RefundRepository refunds, PaymentProvider provider, Charges charges,
            PlatformTransactionManager transactions, Clock clock, PaymentProperties properties, MeterRegistry meters) {
        this.payments = payments;
        this.refunds = refunds;
        this.provider = provider;
        this.charges = charges;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retry = properties.refundRetry();
        this.failedAttempts = Counter.builder("gotohotel.payment.refunds.failed.attempts")
                .description("Refund attempts the provider did not accept (each is retried)").register(meters);
        Gauge.builder("gotohotel.payment.refunds.pending", this, Refunds::pendingCount)
                .description("Refunds owed to guests that the provider has not accepted yet").register(meters);
    }

    /**
     * Owes the guest {@code total} back in all for the order, in the caller's transaction; the provider is
     * called once that transaction has committed.
     *
     * @return the new refund's id, empty when that much was owed already or the order has no payment
     */
    Optional<UUID> owe(UUID orderId, Optional<Money> total, RefundCause cause) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A refund is owed in the transaction of the change that owes it");
        }
        var payment = payments.findById(orderId).orElse(null);
        if (payment == null) {
            log.warn("No payment for order {}; nothing to refund for {}", orderId, cause);
            return Optional.empty();
        }
        var refund = payment.owe(total.orElseGet(() -> payment.summary().amount()), cause, clock.instant());
        if (refund.isEmpty()) {
            return Optional.empty();
        }
        payments.save(payment);
        var parts = charges.split(orderId, payment.summary().amount(), refund.get().amount(), cause, clock.instant());
        for (var part : parts) {
            if (payment.takenAtCounter() && part.authorizationKey().equals(orderId)) {
                part.handBackAtCounter();   // the order's own money was never the provider's (decision 49)
            }
            refunds.save(part);
            if (part.atCounter()) {
                log.info("Order {} owes {} back at the counter ({}), refund {}", orderId, part.amount(), cause,
                        part.id());
            } else {
                attemptAfterCommit(part.id());
                log.info("Order {} owes a refund of {} ({}), refund {}", orderId, part.amount(), cause, part.id());
            }
        }
        return Optional.of(parts.get(0).id());
    }

    /** Owes back a whole charge through its own authorisation, in the caller's transaction (decision 52). */
    Optional<UUID> oweCharge(UUID orderId, UUID chargeId, Money amount, RefundCause cause) {
        var payment = payments.findById(orderId).orElseThrow();
        var more = payment.owe(payment.owed().plus(amount), cause, clock.instant());
        if (more.isEmpty()) {
            return Optional.empty();
        }
        payments.save(payment);
        var refund = refunds.save(Refund.owed(orderId, chargeId, more.get().amount(), cause, clock.instant()));
        attemptAfterCommit(refund.id());
        log.info("Order {} owes back the charge {} of {} ({})", orderId, chargeId, refund.amount(), cause);
        return Optional.of(refund.id());
    }

    private void attemptAfterCommit(UUID refundId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                attemptQuietly(refundId);
            }
        });
    }

    /** Every due refund gets an attempt; one that fails is pushed back and never stops the others. */
    @Scheduled(fixedDelayString = "${gotohotel.payment.refund-retry.interval}",
            initialDelayString = "${gotohotel.payment.refund-retry.interval}")
    void retryDue() {
        for (var refund : refunds.due(clock.instant())) {
            attemptQuietly(refund.id());
        }
    }

    /** @return whether the provider accepted the refund in this attempt */
    boolean attemptQuietly(UUID refundId) {
        try {
            return attempt(refundId);
        } catch (RuntimeException e) {
            log.warn("Refund {} attempt failed unexpectedly; it will be tried again: {}", refundId, e.toString());
            return false;
        }
    }

    private boolean attempt(UUID refundId) {
        Refund claimed;
        try {
            claimed = newTransaction.execute(status -> {
                var refund = refunds.findById(refundId).orElseThrow();
                var now = clock.instant();
                if (!refund.isDue(now)) {
                    return null;
                }
                refund.attempt(now, backoff(refund.attempts()));
                return refunds.saveAndFlush(refund);
            });
        } catch (ObjectOptimisticLockingFailureException claimedElsewhere) {
            return false;
        }
        if (claimed == null) {
            return false;
        }
        String reference;
        try {
            reference = provider.refund(claimed.authorizationKey(), claimed.id(), claimed.amount());
        } catch (RuntimeException failed) {
            failedAttempts.increment();
            log.warn("Refund {} of {} for order {} not accepted (attempt {}); retrying later: {}", claimed.id(),
                    claimed.amount(), claimed.orderId(), claimed.attempts(), failed.getMessage());
            newTransaction.executeWithoutResult(status -> refunds.findById(refundId).ifPresent(refund -> {
                refund.failed(failed.getMessage());
                refunds.save(refund);
            }));
            return false;
        }
        newTransaction.executeWithoutResult(status -> {
            var refund = refunds.findById(refundId).orElseThrow();
            if (!refund.isPending()) {
                return;
            }
            var now = clock.instant();
            refund.succeeded(reference, now);
            var payment = payments.findById(refund.orderId()).orElseThrow();
            payment.refunded(refund, now);
            refunds.save(refund);
            payments.save(payment);
        });
        log.info("Refunded {} for order {} ({})", claimed.amount(), claimed.orderId(), claimed.cause());
        return true;
    }

    /** first-delay, doubled per attempt, at most max-delay. */
    Duration backoff(int attemptsSoFar) {
        Duration delay = retry.firstDelay();
        for (int i = 0; i < attemptsSoFar && delay.compareTo(retry.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : delay;
    }

    private double pendingCount() {
        try {
            return refunds.countByStatus(RefundStatus.PENDING);
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
