package gotohotel.backend.ordering;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.domain.PaymentRefusedException;
import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.inventory.RoomType;
import gotohotel.backend.money.Money;
import gotohotel.backend.payment.Authorization;
import gotohotel.backend.payment.Card;
import gotohotel.backend.payment.PaymentUnavailableException;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.payment.RefundCause;
import gotohotel.backend.reservation.Actor;
import gotohotel.backend.reservation.Reservations;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.api.RoomTypeChangeRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another room type for a booking's whole stay, by the staff, before arrival (decision record 52). A type costing the
 * same or less: one transaction in the cancellation's order — the reservation (row lock, status rule, history, its
 * room assigned ahead let go), the order (new type, rate and price; the difference refunded in full), the inventory
 * (the new type's nights held guarded, the old type's given back) and the refund owed, sent after commit. A dearer
 * type: paid like nights added — the new type's nights held and the change recorded as pending (refused when sold
 * out: nothing charged), the difference authorised under the change's id (timeout, circuit breaker), then applied;
 * declined or unavailable lets the nights go, approved but no longer possible refunds the charge. The same type again
 * changes nothing.
 */
@Service
class RoomTypeChanges {

    private static final Logger log = LoggerFactory.getLogger(RoomTypeChanges.class);

    private final OrderRepository orders;
    private final PendingStayChanges pending;
    private final Reservations reservations;
    private final Inventory inventory;
    private final Payments payments;
    private final OrderingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoomTypeChanges(OrderRepository orders, PendingStayChanges pending, Reservations reservations, Inventory inventory,
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

    ReservationView byStaff(UUID reservationId, RoomTypeChangeRequest request, Actor actor) {
        UUID orderId = reservations.orderOf(reservationId)
                .orElseThrow(() -> new NotFoundException("Reservation " + reservationId));
        var order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("Reservation " + reservationId));
        var type = validate(request, order);
        var newTotal = type.nightlyRate().times(order.stay().nights());
        if (!order.roomType().equals(type.code()) && newTotal.amount().compareTo(order.total().amount()) > 0) {
            return dearer(order, type.code(), newTotal, card(request), actor, request.expectedVersion());
        }
        return Retrying.onConcurrentChange(() -> transactions.execute(status ->
                notDearer(orderId, type, actor, request.expectedVersion())));
    }

    private ReservationView notDearer(UUID orderId, RoomType type, Actor actor, Long expectedVersion) {
        var today = today();
        reservations.checkRoomTypeChange(orderId, today, expectedVersion);   // locks the reservation first
        pending.requireNone(orderId);
        var order = orders.findById(orderId).orElseThrow();
        var newTotal = type.nightlyRate().times(order.stay().nights());
        if (!order.roomType().equals(type.code()) && newTotal.amount().compareTo(order.total().amount()) > 0) {
            throw changedMeanwhile(order);
        }
        var reservation = reservations.changeRoomType(orderId, type.code(), newTotal.amount(), today, actor, null);
        if (order.roomType().equals(type.code())) {
            return reservation;   // the same type again (a repeated request): nothing changes, nothing is owed
        }
        inventory.changeType(orderId, type.code());
        var refund = order.changeRoomType(type.code(), newTotal, order.zero(), actor.person(), clock.instant());
        if (refund.isPositive()) {
            payments.refund(orderId, order.refundsInAllWith(order.zero()), RefundCause.STAY_CHANGE);
        }
        orders.saveAndFlush(order);
        log.info("Order {}: room type changed to {} by {}; {} refunded", orderId, type.code(), actor.person(),
                refund.amount());
        return reservation;
    }

    private ReservationView dearer(Order order, String roomType, Money newTotal, Card card, Actor actor,
                                   Long expectedVersion) {
        var change = new PendingStayChanges.Pending(UUID.randomUUID(), order.id(), order.stay(), order.stay(),
                newTotal.minus(order.total()), actor.person(), roomType, order.roomType());
        transactions.executeWithoutResult(status -> hold(change, expectedVersion));
        Authorization authorization;
        try {
            authorization = payments.authorize(change.id(), change.amount(), card);
        } catch (PaymentUnavailableException unavailable) {
            // a charge that may have been made after all is found by the reconciler (it asks the provider by this id)
            if (!unavailable.reachedProvider()) {
                abandon(change, "PAYMENT_FAILED");
            }
            throw unavailable;
        }
        if (!authorization.approved()) {
            abandon(change, "DECLINED");
            throw new PaymentRefusedException("payment-declined", "Payment declined", "The card was declined ("
                    + authorization.declineReason() + "); order " + order.id() + " keeps room type "
                    + order.roomType() + ".");
        }
        return settle(change, authorization, actor);
    }

    /** Applies an approved change, or — no longer possible — refunds its charge and lets the new type's nights go. */
    ReservationView settle(PendingStayChanges.Pending change, Authorization approved, Actor actor) {
        try {
            return Retrying.onConcurrentChange(() -> transactions.execute(status -> apply(change, approved, actor)));
        } catch (RuntimeException impossible) {
            transactions.executeWithoutResult(status -> refund(change, approved));
            throw impossible;
        }
    }

    /** Lets the new type's nights of a change that was never charged go (declined, or the provider never reached). */
    void abandon(PendingStayChanges.Pending change, String outcome) {
        transactions.executeWithoutResult(status -> {
            if (pending.settle(change.id(), outcome, clock.instant())) {
                inventory.releaseNights(change.roomType(), change.to());
            }
        });
    }

    private void hold(PendingStayChanges.Pending change, Long expectedVersion) {
        reservations.checkRoomTypeChange(change.orderId(), today(), expectedVersion);
        requireUnchanged(change);   // read after the reservation's lock
        pending.open(change, clock.instant());
        inventory.holdNights(change.roomType(), change.to());
    }

    private ReservationView apply(PendingStayChanges.Pending change, Authorization approved, Actor actor) {
        reservations.checkRoomTypeChange(change.orderId(), today(), null);   // locks the reservation first
        var order = requireUnchanged(change);
        var newTotal = order.total().plus(change.amount());
        var reservation = reservations.changeRoomType(change.orderId(), change.roomType(), newTotal.amount(), today(),
                actor, null);
        order.changeRoomType(change.roomType(), newTotal, change.amount(), change.changedBy(), clock.instant());
        payments.recordCharge(change.orderId(), change.id(), change.amount(), approved);
        if (!pending.settle(change.id(), "APPLIED", clock.instant())) {
            throw new IllegalStateException("Room type change " + change.id() + " was settled elsewhere");
        }
        inventory.takeOver(change.orderId(), change.roomType());
        orders.saveAndFlush(order);
        log.info("Order {}: room type changed to {} by {}; {} charged", change.orderId(), change.roomType(),
                change.changedBy(), change.amount());
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
        inventory.releaseNights(change.roomType(), change.to());
        log.info("Order {}: room type {} was charged but could not be applied; {} refunded", change.orderId(),
                change.roomType(), change.amount());
    }

    private Order requireUnchanged(PendingStayChanges.Pending change) {
        var order = orders.findById(change.orderId()).orElseThrow();
        if (!order.roomType().equals(change.previousRoomType()) || !order.stay().equals(change.from())) {
            throw changedMeanwhile(order);
        }
        return order;
    }

    private static DomainRuleException changedMeanwhile(Order order) {
        return new DomainRuleException("concurrent-change", "Conflict", "The booking changed meanwhile (now "
                + order.roomType() + ", " + order.stay().checkIn() + " – " + order.stay().checkOut()
                + "); nothing was changed. Look at it again.");
    }

    private RoomType validate(RoomTypeChangeRequest request, Order order) {
        if (request == null || request.roomType() == null || request.roomType().isBlank()) {
            throw new InvalidInputException("roomType", "is required");
        }
        var type = inventory.roomType(request.roomType().strip())
                .orElseThrow(() -> new InvalidInputException("roomType", "is not a room type of the hotel"));
        int guests = order.booking().guestCount();
        if (type.capacity() < guests) {
            throw new InvalidInputException("roomType", "sleeps " + type.capacity() + ", the booking is for "
                    + guests + " guests");
        }
        return type;
    }

    private Card card(RoomTypeChangeRequest request) {
        var card = request.card();
        if (card == null) {
            throw new InvalidInputException("card", "is required to pay the dearer room type's difference");
        }
        return Card.of(card.number(), card.expiry(), card.cvc(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.hotelZone()));
    }
}
