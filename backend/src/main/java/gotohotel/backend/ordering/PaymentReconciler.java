package gotohotel.backend.ordering;

import gotohotel.backend.payment.Authorization;
import gotohotel.backend.payment.Payments;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves orders a crash left in PENDING_PAYMENT: asks the provider by order id (the idempotency key)
 * and settles them as paid or declined; an order the provider never saw fails and its nights go back.
 * An answer that is not final (the provider is down, or still "pending"), or any error, pushes that order
 * back with backoff and the round goes on with the next one.
 */
@Component
class PaymentReconciler {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciler.class);
    private static final int ROUND = 100;
    private static final Duration MAX_DELAY = Duration.ofMinutes(30);

    private final OrderService service;
    private final PaymentChecks checks;
    private final Payments payments;
    private final OrderingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentReconciler(OrderService service, PaymentChecks checks, Payments payments, OrderingProperties properties,
                      TransactionTemplate transactions, Clock clock) {
        this.service = service;
        this.checks = checks;
        this.payments = payments;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gotohotel.ordering.reconcile-interval}",
            initialDelayString = "${gotohotel.ordering.reconcile-interval}")
    void reconcile() {
        var cutoff = clock.instant().minus(properties.pendingPaymentTimeout());
        for (UUID orderId : checks.due(cutoff, ROUND)) {
            try {
                if (!resolve(orderId)) {
                    checks.postpone(orderId, properties.reconcileInterval(), MAX_DELAY);
                }
            } catch (RuntimeException e) {
                log.warn("Could not reconcile order {}; asking again later: {}", orderId, e.toString());
                checks.postpone(orderId, properties.reconcileInterval(), MAX_DELAY);
            }
        }
    }

    /** @return whether the order is settled for good */
    private boolean resolve(UUID orderId) {
        var answer = payments.lookup(orderId);
        if (answer.isPresent() && answer.get().pending()) {
            log.info("Order {}: the provider has not decided yet; asking again later", orderId);
            return false;
        }
        if (answer.isPresent()) {
            Authorization authorization = answer.get();
            transactions.executeWithoutResult(status -> {
                service.settle(orderId, authorization);
                checks.forget(orderId);
            });
            log.info("Reconciled order {}: {}", orderId, authorization.approved() ? "paid" : "declined");
        } else {
            transactions.executeWithoutResult(status -> {
                service.failPayment(orderId, "payment never completed");
                checks.forget(orderId);
            });
            log.info("Reconciled order {}: the provider never saw it; nights released", orderId);
        }
        return true;
    }
}
