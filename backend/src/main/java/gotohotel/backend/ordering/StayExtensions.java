package gotohotel.backend.ordering;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.PaymentRefusedException;
import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.inventory.Stay;
import gotohotel.backend.payment.Authorization;
import gotohotel.backend.payment.Card;
import gotohotel.backend.payment.PaymentUnavailableException;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.payment.RefundCause;
import gotohotel.backend.reservation.Actor;
import gotohotel.backend.reservation.Reservations;
import gotohotel.shared.api.ReservationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nights added to a stay (decision record 52), paid through the same provider path as an order — timeout, circuit
 * breaker, no transaction open while it answers: the nights are held first (refused when sold out or the stay's room is
 * taken, nothing charged), the provider charges their price under the change's id, then the change is applied; a
 * decline or a provider that cannot answer lets the nights go, and a charge approved for a change no longer possible is
 * refunded through its own authorisation.
 */
@Service
class StayExtensions {

    private static final Logger log = LoggerFactory.getLogger(StayExtensions.class);

    private final OrderRepository orders;
    private final PendingStayChanges pending;
    private final Reservations reservations;
    private final Inventory inventory;
    private final Payments payments;
    private final OrderingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StayExtensions(OrderRepository orders, PendingStayChanges pending, Reservations reservations, Inventory inventory,
                   Payments payments, OrderingProperties properties, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.pending = pending;
        this.reservations = reservations;
        this.inventory = inventory;
        this.payments = payments;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param order the order as read before (its rate and its dates, which must not have changed meanwhile) */
    ReservationView extend(Order order, Stay to, Card card, Actor actor, Long expectedVersion) {
        var from = order.stay();
        var change = new PendingStayChanges.Pending(UUID.randomUUID(), order.id(), to, from,
                order.nightly().times(to.nights() - from.nights()), actor.person());
        transactions.executeWithoutResult(status -> hold(change, actor, expectedVersion));
        Authorization authorization;
        try {
            authorization = payments.authorize(change.id(), change.amount(), card);
        } catch (PaymentUnavailableException unavailable) {
            // a charge that may have been made after all is found by the reconciler (it asks the provider by this id)
            if (!unavailable.reachedProvider()) {
                transactions.executeWithoutResult(status -> letGo(change, "PAYMENT_FAILED"));
            }
            throw unavailable;
        }
        if (!authorization.approved()) {
            transactions.executeWithoutResult(status -> letGo(change, "DECLINED"));
            throw new PaymentRefusedException("payment-declined", "Payment declined", "The card was declined ("
                    + authorization.declineReason() + "); no night was added to order " + order.id() + ".");
        }
        return settle(change, authorization, actor);
    }

    /** Applies an approved change, or — no longer possible — refunds its charge and lets its nights go. */
    ReservationView settle(PendingStayChanges.Pending change, Authorization approved, Actor actor) {
        try {
            return Retrying.onConcurrentChange(() -> transactions.execute(status -> apply(change, approved, actor)));
        } catch (RuntimeException impossible) {
            transactions.executeWithoutResult(status -> refund(change, approved));
            throw impossible;
        }
    }

    /** Lets the nights of a change that was never charged go (declined, or the provider never reached). */
    void abandon(PendingStayChanges.Pending change, String outcome) {
        transactions.executeWithoutResult(status -> letGo(change, outcome));
    }

    private void hold(PendingStayChanges.Pending change, Actor actor, Long expectedVersion) {
        var today = LocalDate.now(clock.withZone(properties.hotelZone()));
        reservations.holdNightsAdded(change.orderId(), change.to().checkIn(), change.to().checkOut(), today,
                actor.person(), expectedVersion);
        var order = orders.findById(change.orderId()).orElseThrow();   // read after the reservation's lock
        if (!order.stay().equals(change.from())
                || !order.nightly().times(change.to().nights() - change.from().nights()).equals(change.amount())) {
            // the dates, or the rate (another room type), changed since the nights were priced
            throw new DomainRuleException("concurrent-change", "Conflict", "The booking changed meanwhile (now "
                    + order.roomType() + ", " + order.stay().checkIn() + " – " + order.stay().checkOut()
                    + "); nothing was changed.");
        }
        pending.open(change, clock.instant());
        inventory.change(change.orderId(), change.to());
    }

    private ReservationView apply(PendingStayChanges.Pending change, Authorization approved, Actor actor) {
        var today = LocalDate.now(clock.withZone(properties.hotelZone()));
        var order = orders.findById(change.orderId()).orElseThrow();
        var total = order.nightly().times(change.to().nights());
        var reservation = reservations.changeStay(change.orderId(), change.to().checkIn(), change.to().checkOut(),
                total.amount(), today, actor, null);
        order = orders.findById(change.orderId()).orElseThrow();
        order.changeStay(change.to(), change.amount(), change.changedBy(), clock.instant());
        payments.recordCharge(change.orderId(), change.id(), change.amount(), approved);
        if (!pending.settle(change.id(), "APPLIED", clock.instant())) {
            throw new IllegalStateException("Stay change " + change.id() + " was settled elsewhere");
        }
        orders.saveAndFlush(order);
        log.info("Order {}: stay extended to {} by {}; {} charged", change.orderId(), change.to(), change.changedBy(),
                change.amount());
        return reservation;
    }

    private void refund(PendingStayChanges.Pending change, Authorization approved) {
        if (!pending.settle(change.id(), "REFUNDED", clock.instant())) {
            return;
        }
        payments.recordCharge(change.orderId(), change.id(), change.amount(), approved);
        payments.refundCharge(change.orderId(), change.id(), change.amount(), RefundCause.STAY_CHANGE);
        var order = orders.findById(change.orderId()).orElseThrow();
        order.chargeReturned(change.amount(), clock.instant());
        orders.saveAndFlush(order);
        inventory.releaseOutside(change.orderId(), change.from());
        reservations.releaseNightsAdded(change.orderId(), change.from().checkIn(), change.from().checkOut());
        log.info("Order {}: the nights to {} were charged but could not be added; {} refunded", change.orderId(),
                change.to(), change.amount());
    }

    private void letGo(PendingStayChanges.Pending change, String outcome) {
        if (pending.settle(change.id(), outcome, clock.instant())) {
            inventory.releaseOutside(change.orderId(), change.from());
            reservations.releaseNightsAdded(change.orderId(), change.from().checkIn(), change.from().checkOut());
        }
    }
}
