package gotohotel.backend.ordering;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.inventory.Stay;
import gotohotel.backend.money.Money;
import gotohotel.backend.payment.Card;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.payment.RefundCause;
import gotohotel.backend.reservation.Actor;
import gotohotel.backend.reservation.Reservations;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.api.StayChangeRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the dates of a booking (decision record 52), for the staff and for the guest alike, in one transaction that
 * takes the rows in the cancellation's order: the hotel's reservation first (row lock; it decides what its status
 * allows and records the change for the desks, its room letting go of the nights dropped), then the order (the new
 * dates and price, the refund by its snapshotted policy, OrderStayChanged for my page and the guest's message), the
 * inventory (nights dropped back on sale, every night in ascending order) and the refund owed — sent to the provider
 * after commit and retried until it lands. Asking for the dates the stay has already changes nothing, so a repeated
 * request is harmless.
 * <p>
 * Adding nights takes three steps, the provider called between two transactions as when an order is placed: the
 * nights added are held (refused when sold out or when the stay's room is taken on one of them: nothing charged) and
 * the change recorded as pending; the provider authorises their price under the change's id; then the change is
 * applied — or, declined or unavailable, the nights are let go; approved but no longer possible (the guest cancelled
 * meanwhile), the charge is refunded through its own authorisation. A change adding some nights and dropping others
 * is made in two steps.
 */
@Service
class StayChanges {

    private static final Logger log = LoggerFactory.getLogger(StayChanges.class);

    private final OrderRepository orders;
    private final StayExtensions extensions;
    private final PendingStayChanges pending;
    private final Reservations reservations;
    private final Inventory inventory;
    private final Payments payments;
    private final OrderingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StayChanges(OrderRepository orders, StayExtensions extensions, PendingStayChanges pending,
                Reservations reservations, Inventory inventory, Payments payments, OrderingProperties properties,
                TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.extensions = extensions;
        this.pending = pending;
        this.reservations = reservations;
        this.inventory = inventory;
        this.payments = payments;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The staff's change of a reservation's dates, answered with the reservation as changed. */
    ReservationView byStaff(UUID reservationId, StayChangeRequest request, Actor actor) {
        UUID orderId = reservations.orderOf(reservationId)
                .orElseThrow(() -> new NotFoundException("Reservation " + reservationId));
        var order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("Reservation " + reservationId));
        return change(order, request, actor, request == null ? null : request.expectedVersion());
    }

    /** The guest's change of their own order (already matched to its access token), answered with the order. */
    Order byGuest(Order order, StayChangeRequest request) {
        change(order, request, Actor.guest(clock.instant()), null);
        return orders.findById(order.id()).orElseThrow();
    }

    /**
     * @param order the order as read before the transaction (its rate, its dates for a repeated request)
     */
    private ReservationView change(Order order, StayChangeRequest request, Actor actor, Long expectedVersion) {
        var to = validate(request);
        var booked = order.stay();
        boolean adds = to.checkIn().isBefore(booked.checkIn()) || to.checkOut().isAfter(booked.checkOut());
        boolean drops = to.checkIn().isAfter(booked.checkIn()) || to.checkOut().isBefore(booked.checkOut());
        if (adds && drops) {
            throw new DomainRuleException("stay-change-refused", "Stay change not possible",
                    "These dates add some nights and drop others (booked " + booked.checkIn() + " to "
                            + booked.checkOut() + "): change them in two steps, the nights dropped first.");
        }
        if (adds) {
            return extensions.extend(order, to, card(request), actor, expectedVersion);
        }
        var newTotal = order.nightly().times(to.nights());
        return Retrying.onConcurrentChange(() -> changeNow(order.id(), to, newTotal, actor, expectedVersion));
    }

    private Card card(StayChangeRequest request) {
        var card = request.card();
        if (card == null) {
            throw new InvalidInputException("card", "is required to pay for the nights added");
        }
        return Card.of(card.number(), card.expiry(), card.cvc(), LocalDate.now(clock.withZone(properties.hotelZone())));
    }

    private ReservationView changeNow(UUID orderId, Stay to, Money newTotal, Actor actor, Long expectedVersion) {
        return transactions.execute(status -> {
            var today = LocalDate.now(clock.withZone(properties.hotelZone()));
            var reservation = reservations.changeStay(orderId, to.checkIn(), to.checkOut(), newTotal.amount(), today,
                    actor, expectedVersion);
            pending.requireNone(orderId);
            var order = orders.findById(orderId).orElseThrow();   // read after the reservation's lock
            if (order.stay().equals(to)) {
                return reservation;   // the same dates again (a repeated request): nothing changes, nothing is owed
            }
            if (!order.nightly().times(to.nights()).equals(newTotal)) {
                // the room type (its rate) changed since the price was read: decide again on what is committed now
                throw new DomainRuleException("concurrent-change", "Conflict", "The booking's room type changed "
                        + "meanwhile (now " + order.roomType() + "); nothing was changed. Look at it again.");
            }
            var refund = order.changeStay(to, order.zero(), actor.person(), clock.instant());
            inventory.change(orderId, to);
            if (refund.isPositive()) {
                payments.refund(orderId, order.refundsInAllWith(order.zero()), RefundCause.STAY_CHANGE);
            }
            orders.saveAndFlush(order);
            log.info("Order {}: stay changed to {} by {}; {} refunded", orderId, to, actor.person(), refund.amount());
            return reservation;
        });
    }

    private Stay validate(StayChangeRequest request) {
        var violations = new ArrayList<Violation>();
        if (request == null || request.checkIn() == null) {
            violations.add(new Violation("checkIn", "is required"));
        }
        if (request == null || request.checkOut() == null) {
            violations.add(new Violation("checkOut", "is required"));
        }
        if (violations.isEmpty() && !request.checkOut().isAfter(request.checkIn())) {
            violations.add(new Violation("checkOut", "must be after checkIn"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var stay = new Stay(request.checkIn(), request.checkOut());
        if (stay.nights() > properties.maxNights()) {
            throw new InvalidInputException("checkOut", "a stay is at most " + properties.maxNights() + " nights");
        }
        return stay;
    }
}
