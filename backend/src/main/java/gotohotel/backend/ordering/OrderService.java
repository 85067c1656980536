package gotohotel.backend.ordering;

import gotohotel.backend.domain.ContradictoryRequestException;
import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.ordering.OrderRequestValidator.ValidOrder;
import gotohotel.backend.payment.Authorization;
import gotohotel.backend.payment.PaymentSummary;
import gotohotel.backend.payment.PaymentUnavailableException;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.payment.RefundCause;
import gotohotel.backend.reservation.Reservations;
import gotohotel.backend.security.GuestAccessTokens;
import gotohotel.shared.api.DeskBookingRequest;
import gotohotel.shared.api.PlaceOrderRequest;
import gotohotel.shared.event.Booking;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places and cancels orders. The payment provider is called between two short transactions, never
 * inside one: first the order and its hold are written, then the provider answers, then the outcome is
 * written with its event. A crash in between leaves PENDING_PAYMENT for the {@link PaymentReconciler}. Both
 * transactions write in plain JDBC ({@link PlacementWrites}; decision record 56): the request never loads the order
 * it placed, it holds it.
 */
@Service
class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    /** The width of {@code payment.provider_reference}, which keeps a counter payment's receipt. */
    private static final int MAX_COUNTER_REFERENCE = 100;

    private final OrderRequestValidator validator;
    private final OrderRepository orders;
    private final PlacementWrites placements;
    private final Inventory inventory;
    private final Payments payments;
    private final Reservations reservations;
    private final GuestAccessTokens tokens;
    private final IdempotencyKeys idempotencyKeys;
    private final OrderingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderService(OrderRequestValidator validator, OrderRepository orders, PlacementWrites placements,
                 Inventory inventory, Payments payments, Reservations reservations, GuestAccessTokens tokens,
                 IdempotencyKeys idempotencyKeys, OrderingProperties properties, TransactionTemplate transactions,
                 Clock clock) {
        this.validator = validator;
        this.orders = orders;
        this.placements = placements;
        this.inventory = inventory;
        this.payments = payments;
        this.reservations = reservations;
        this.tokens = tokens;
        this.idempotencyKeys = idempotencyKeys;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    PlacedOrder place(PlaceOrderRequest request, String idempotencyKey) {
        return placeByCard(request, idempotencyKey, null);
    }

    /**
     * A booking staff make at the desk for a guest: paid by card exactly as a guest's order is (the same provider
     * call, timeout, circuit breaker and refunds), or recorded as paid at the counter in the one transaction that
     * holds the nights — the provider is not involved. Either way the stay is booked from OrderPaid and the
     * guest gets the same messages and an access token to their page.
     *
     * @param staff the account booking it (kept on the order; for the counter, as who took the money)
     */
    PlacedOrder placeAtDesk(DeskBookingRequest request, String idempotencyKey, String staff) {
        var payment = request.payment();
        if (payment == null || payment.method() == null) {
            throw new InvalidInputException("payment.method", "is required: CARD with the card's details, or COUNTER "
                    + "with the receipt's reference");
        }
        return switch (payment.method()) {
            case CARD -> placeByCard(request.asOrder(), idempotencyKey, staff);
            case COUNTER -> placeAtCounter(request, idempotencyKey, staff);
        };
    }

    private PlacedOrder placeAtCounter(DeskBookingRequest request, String idempotencyKey, String staff) {
        ValidOrder valid = validator.validateWithoutCard(request.asOrder());
        String reference = counterReference(request.payment().reference());
        String fingerprint = idempotencyKey == null ? null
                : tokens.fingerprint(canonical(request.asOrder()) + "|COUNTER|" + reference);
        if (idempotencyKey != null) {
            var earlier = idempotencyKeys.find(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        UUID orderId = UUID.randomUUID();
        String accessToken = tokens.issue(orderId);
        try {
            return transactions.execute(status -> {
                var order = holdAndInsert(orderId, valid, GuestAccessTokens.hash(accessToken), idempotencyKey,
                        fingerprint, staff);
                var payment = payments.recordAtCounter(orderId, order.total(), reference, staff);
                order.markPaid(null, clock.instant());
                placements.settled(order);
                log.info("Order {} booked at the desk by {}, paid at the counter", orderId, staff);
                return new PlacedOrder(order, accessToken, payment);
            });
        } catch (DuplicateKeyException sameKeyRacing) {
            return replay(idempotencyKeys.find(idempotencyKey).orElseThrow(), fingerprint);
        }
    }

    /** The receipt of cash or of the counter's terminal: required, one line, at most 100 characters. */
    private static String counterReference(String reference) {
        String trimmed = reference == null ? "" : reference.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_COUNTER_REFERENCE
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("payment.reference", "is required for a payment at the counter (the "
                    + "receipt of the cash or of the terminal, one line of at most " + MAX_COUNTER_REFERENCE
                    + " characters)");
        }
        return trimmed;
    }

    private PlacedOrder placeByCard(PlaceOrderRequest request, String idempotencyKey, String bookedBy) {
        ValidOrder valid = validator.validate(request);
        String fingerprint = idempotencyKey == null ? null : tokens.fingerprint(canonical(request));
        if (idempotencyKey != null) {
            var earlier = idempotencyKeys.find(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        UUID orderId = UUID.randomUUID();
        String accessToken = tokens.issue(orderId);
        Order order;
        try {
            order = transactions.execute(status -> holdAndInsert(orderId, valid,
                    GuestAccessTokens.hash(accessToken), idempotencyKey, fingerprint, bookedBy));
        } catch (DuplicateKeyException sameKeyRacing) {
            return replay(idempotencyKeys.find(idempotencyKey).orElseThrow(), fingerprint);
        }
        Authorization authorization;
        try {
            authorization = payments.authorize(orderId, order.total(), valid.card());
        } catch (PaymentUnavailableException unavailable) {
            transactions.executeWithoutResult(status -> {
                failPayment(orderId, unavailable.getMessage());
                if (unavailable.reachedProvider()) {
                    payments.rememberUnresolved(orderId, order.total(), valid.card().number().last4());
                }
            });
            throw unavailable;
        }
        PlacedOrder settled = settleOrTellWhatWasDecided(order, authorization, accessToken);
        if (!authorization.approved()) {
            throw new PaymentDeclinedException(orderId, authorization.declineReason());
        }
        return settled;
    }

    /** Claims the key, holds the nights and inserts the order, in the caller's transaction (plain JDBC throughout). */
    private Order holdAndInsert(UUID orderId, ValidOrder valid, String accessTokenHash, String idempotencyKey,
                                String fingerprint, String bookedBy) {
        if (idempotencyKey != null) {
            idempotencyKeys.claim(idempotencyKey, fingerprint, orderId);
        }
        inventory.hold(orderId, valid.roomType().code(), valid.stay());
        Instant now = clock.instant();
        var total = valid.roomType().nightlyRate().times(valid.stay().nights());
        var policy = new CancellationPolicy(valid.stay().checkIn()
                .minusDays(properties.freeCancellationDays())
                .atStartOfDay(properties.hotelZone()).toInstant(), valid.roomType().nightlyRate().amount());
        var order = bookedBy == null
                ? Order.place(orderId, valid.guest(), valid.roomType().code(), valid.stay(), valid.guestCount(), total,
                        policy, accessTokenHash, now)
                : Order.placeAtDesk(orderId, valid.guest(), valid.roomType().code(), valid.stay(), valid.guestCount(),
                        total, policy, accessTokenHash, bookedBy, now);
        placements.insert(order);
        return order;
    }

    /**
     * Writes the provider's answer for an order a crash left pending (the reconciler's): PAID (and OrderPaid), or
     * declined with the hold released.
     */
    Order settle(UUID orderId, Authorization authorization) {
        var order = orders.findById(orderId).orElseThrow();
        decide(order, authorization);
        return orders.save(order);
    }

    /**
     * Writes the provider's answer for the order this request placed — unless the payment reconciler decided the order
     * meanwhile (the answer came after the reconciler's wait, a minute): then its decision stands and the guest is
     * told it, as a repeated request would be. An approval the reconciler did not know of (it failed the order: the
     * provider had not seen it yet) is remembered as unresolved, so the late-approval check refunds it.
     */
    PlacedOrder settleOrTellWhatWasDecided(Order placed, Authorization authorization, String accessToken) {
        try {
            return transactions.execute(status -> settlePlaced(placed, authorization, accessToken));
        } catch (DuplicateKeyException | ObjectOptimisticLockingFailureException decidedMeanwhile) {
            var decided = orders.findById(placed.id()).orElseThrow();
            log.warn("Order {} was decided by the payment reconciler ({}) before the provider's answer arrived",
                    placed.id(), decided.status());
            switch (decided.status()) {
                case PENDING_PAYMENT -> throw decidedMeanwhile;
                case PAYMENT_DECLINED -> throw new PaymentDeclinedException(placed.id(), decided.statusReason());
                case PAYMENT_FAILED -> {
                    if (authorization.approved()) {
                        try {
                            transactions.executeWithoutResult(status -> payments.rememberUnresolved(placed.id(),
                                    placed.total(), authorization.cardLast4()));
                        } catch (DuplicateKeyException rememberedBefore) {
                            log.debug("Order {}'s authorisation was already remembered as unresolved", placed.id());
                        }
                    }
                    throw new PaymentUnavailableException("The payment could not be completed in time; anything "
                            + "charged is refunded. Please book again.", Duration.ofSeconds(5), false);
                }
                default -> {
                    return new PlacedOrder(decided, accessToken, null);
                }
            }
        }
    }

    /** Writes the provider's answer for the order this request placed, held since it was inserted. */
    private PlacedOrder settlePlaced(Order placed, Authorization authorization, String accessToken) {
        var payment = decide(placed, authorization);
        placements.settled(placed);
        return new PlacedOrder(placed, accessToken, payment);
    }

    private PaymentSummary decide(Order order, Authorization authorization) {
        var payment = payments.record(order.id(), order.total(), authorization, order.booking());
        if (authorization.approved()) {
            order.markPaid(authorization.cardLast4(), clock.instant());
        } else {
            order.markDeclined(authorization.declineReason(), clock.instant());
            inventory.release(order.id());
        }
        return payment;
    }

    /** Nothing was charged: the order records why, the nights go back, the idempotency key is freed. */
    void failPayment(UUID orderId, String reason) {
        var order = orders.findById(orderId).orElseThrow();
        order.markPaymentFailed(reason, clock.instant());
        inventory.release(orderId);
        idempotencyKeys.forget(orderId);
        orders.save(order);
    }

    private PlacedOrder replay(IdempotencyKeys.Entry earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ContradictoryRequestException("idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request.");
        }
        var order = orders.findById(earlier.orderId()).orElseThrow();
        switch (order.status()) {
            case PENDING_PAYMENT -> throw new DomainRuleException("request-in-progress", "Conflict",
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
            case PAYMENT_DECLINED -> throw new PaymentDeclinedException(order.id(), order.statusReason());
            default -> {
                log.debug("Replaying order {} for a repeated Idempotency-Key", order.id());
                return new PlacedOrder(order, tokens.issue(order.id()), null);
            }
        }
    }

    Order find(UUID orderId, String accessToken) {
        return orders.findById(orderId)
                .filter(order -> tokens.matches(order.accessTokenHash(), accessToken))
                .orElseThrow(() -> new NotFoundException("Order " + orderId));
    }

    /**
     * Cancels in one transaction, decided against the hotel's reservation (locked), not the order's lagging
     * copy: the reservation is cancelled (or remembered as cancelled), the refund by the policy snapshotted
     * on the order is owed, the nights go back and OrderCancelled is recorded. Only after commit is the
     * provider asked to refund, so the guest normally sees the refund done in this answer; when the
     * provider is down the order is CANCELLED with the payment REFUND_PENDING, and the refund is retried
     * until it lands. A concurrent rejection, check-in or second cancellation loses on the reservation's
     * row and changes nothing. A refund completing or the order following its reservation meanwhile makes the
     * transaction try again ({@link Retrying}).
     *
     * @throws gotohotel.backend.reservation.CancellationRefusedException when the reservation no longer allows it
     */
    Order cancel(UUID orderId, String accessToken) {
        var booking = find(orderId, accessToken).booking();
        return Retrying.onConcurrentChange(() -> {
            try {
                return transactions.execute(status -> cancelNow(orderId, booking));
            } catch (DataIntegrityViolationException bookedMeanwhile) {
                // the hotel side created the reservation while we remembered the order as cancelled: decide again
                return transactions.execute(status -> cancelNow(orderId, booking));
            }
        });
    }

    /**
     * The reservation is locked before the order is read, so a change committed meanwhile (a stay change, which
     * takes the rows in the same order) is read as it is, never overwritten or answered with a conflict.
     *
     * @param booking as the guest's order was read before: only for a reservation not created yet (nothing could have
     *     changed its dates then)
     */
    private Order cancelNow(UUID orderId, Booking booking) {
        Instant now = clock.instant();
        reservations.cancelAtGuestsRequest(orderId, booking, LocalDate.ofInstant(now, properties.hotelZone()));
        var order = orders.findById(orderId).orElseThrow();
        var refund = order.refundIfCancelledAt(now);
        if (refund.isPositive()) {
            payments.refund(orderId, order.refundsInAllWith(refund), RefundCause.GUEST_CANCELLATION);
        }
        order.cancel(refund, now);
        inventory.release(orderId);
        return orders.saveAndFlush(order);
    }

    private static String canonical(PlaceOrderRequest request) {
        var card = request.card();
        return String.join("|", String.valueOf(request.guestName()), String.valueOf(request.phone()),
                String.valueOf(request.email()), String.valueOf(request.roomType()),
                String.valueOf(request.checkIn()), String.valueOf(request.checkOut()),
                String.valueOf(request.guestCount()), card == null ? "" : String.valueOf(card.number()),
                card == null ? "" : String.valueOf(card.expiry()), card == null ? "" : String.valueOf(card.cvc()));
    }
}
