package gotohotel.backend.ordering;

import gotohotel.backend.payment.Authorization;
import gotohotel.backend.payment.PaymentUnavailableException;
import gotohotel.backend.payment.Payments;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves orders a crash left in PENDING_PAYMENT: asks the provider by order id (the idempotency key)
 * and settles them as paid or declined; an order the provider never saw fails and its nights go back.
 */
@Component
class PaymentReconciler {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciler.class);

    private final OrderRepository orders;
    private final OrderService service;
    private final Payments payments;
    private final OrderingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentReconciler(OrderRepository orders, OrderService service, Payments payments,
                      OrderingProperties properties, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.service = service;
        this.payments = payments;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gotohotel.ordering.reconcile-interval}",
            initialDelayString = "${gotohotel.ordering.reconcile-interval}")
    void reconcile() {
        var cutoff = clock.instant().minus(properties.pendingPaymentTimeout());
        for (var order : orders.findOldestWithStatus(OrderStatus.PENDING_PAYMENT, cutoff)) {
            try {
                resolve(order);
            } catch (PaymentUnavailableException providerDown) {
                log.warn("Provider unavailable; order {} stays pending until the next round", order.id());
                return;
            } catch (RuntimeException e) {
                log.warn("Could not reconcile order {}: {}", order.id(), e.toString());
            }
        }
    }

    private void resolve(Order order) {
        var answer = payments.lookup(order.id());
        if (answer.isPresent()) {
            Authorization authorization = answer.get();
            transactions.executeWithoutResult(status -> service.settle(order.id(), authorization));
            log.info("Reconciled order {}: {}", order.id(), authorization.approved() ? "paid" : "declined");
        } else {
            transactions.executeWithoutResult(status -> service.failPayment(order.id(),
                    "payment never completed"));
            log.info("Reconciled order {}: the provider never saw it; nights released", order.id());
        }
    }
}
