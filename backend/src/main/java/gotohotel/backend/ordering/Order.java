package gotohotel.backend.ordering;

import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.backend.inventory.Stay;
import gotohotel.backend.money.Money;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderNoShow;
import gotohotel.shared.event.OrderPaid;
import gotohotel.shared.event.OrderStayChanged;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A guest's order. Changed only by verbs that check the current status; the events it records are
 * published with the transaction that saves it.
 */
@Entity
@Table(name = "orders")
class Order extends AbstractAggregateRoot<Order> {

    private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.PAID, OrderStatus.CONFIRMED);
    /** The order's own check; the hotel's reservation decides what may change in its status (decision record 52). */
    private static final Set<OrderStatus> CHANGEABLE = EnumSet.of(OrderStatus.PAID, OrderStatus.CONFIRMED,
            OrderStatus.CHECKED_IN);

    @Id
    private UUID id;
    @Version
    private Long version;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OrderStatus status;
    private String statusReason;
    private String guestName;
    private String phone;
    private String email;
    private String roomType;
    private LocalDate checkIn;
    private LocalDate checkOut;
    private int guestCount;
    private BigDecimal totalPrice;
    private String currency;
    /** The rate of one night as booked: nights added or dropped later are priced at it. */
    private BigDecimal nightlyRate;
    /** What the guest was charged in all (the booking, then any nights added). */
    private BigDecimal chargedAmount;
    /** What stay changes kept of the cancellation policy's late fee (kept at most once per booking). */
    private BigDecimal feeKept;
    /** How many times the stay was changed. */
    private int stayChanges;
    @Embedded
    private CancellationPolicy cancellationPolicy;
    private String accessTokenHash;
    /** The staff account that booked it at the desk; null for a guest's own booking. */
    private String bookedBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected Order() {
    }

    static Order place(UUID id, Guest guest, String roomType, Stay stay, int guestCount, Money total,
                       CancellationPolicy policy, String accessTokenHash, Instant now) {
        var order = new Order();
        order.id = id;
        order.status = OrderStatus.PENDING_PAYMENT;
        order.guestName = guest.name();
        order.phone = guest.phone();
        order.email = guest.email();
        order.roomType = roomType;
        order.checkIn = stay.checkIn();
        order.checkOut = stay.checkOut();
        order.guestCount = guestCount;
        order.totalPrice = total.amount();
        order.currency = total.currencyCode();
        order.nightlyRate = total.amount().divide(BigDecimal.valueOf(stay.nights()), 2, RoundingMode.HALF_UP);
        order.chargedAmount = total.amount();
        order.feeKept = BigDecimal.ZERO;
        order.cancellationPolicy = policy;
        order.accessTokenHash = accessTokenHash;
        order.createdAt = now;
        order.updatedAt = now;
        return order;   // announced once paid (OrderPaid, decision record 55): an unpaid order concerns no one else
    }

    /** Booked at the desk by a staff account for the guest (see {@link #place}). */
    static Order placeAtDesk(UUID id, Guest guest, String roomType, Stay stay, int guestCount, Money total,
                             CancellationPolicy policy, String accessTokenHash, String bookedBy, Instant now) {
        var order = place(id, guest, roomType, stay, guestCount, total, policy, accessTokenHash, now);
        order.bookedBy = bookedBy;
        return order;
    }

    /**
     * Paid (by card, {@code cardLast4} its last digits; null at the desk's counter): announces OrderPaid, the one
     * event of a paid booking — the hotel's reservation, my page and the guest's message all follow from it (decision
     * record 55).
     */
    void markPaid(String cardLast4, Instant now) {
        require(OrderStatus.PENDING_PAYMENT, "mark the order paid");
        moveTo(OrderStatus.PAID, null, now);
        registerEvent(new OrderPaid(UUID.randomUUID(), now, id, booking(), total().amount(), currency, cardLast4));
    }

    void markDeclined(String reason, Instant now) {
        require(OrderStatus.PENDING_PAYMENT, "decline the payment");
        moveTo(OrderStatus.PAYMENT_DECLINED, reason, now);
    }

    void markPaymentFailed(String reason, Instant now) {
        require(OrderStatus.PENDING_PAYMENT, "fail the payment");
        moveTo(OrderStatus.PAYMENT_FAILED, reason, now);
    }

    /** What the guest gets back if they cancel now, by the policy snapshotted when the order was placed. */
    Money refundIfCancelledAt(Instant when) {
        requireCancellable();
        return cancellationPolicy.refundFor(total(), when, feeKept());
    }

    /**
     * The stay becomes {@code to} (decided against the hotel's reservation before this is called; decision record 52).
     * Nights are priced at the rate booked. Fewer nights are refunded by the policy snapshotted when the order was
     * placed: in full before the free-cancellation deadline, after it less the late fee — kept once per booking, so a
     * second change after the deadline keeps nothing more. More nights must have been charged ({@code charged}, their
     * price) before this is called.
     *
     * @return what this change refunds (zero when it refunds nothing); owed by the caller with this change
     */
    Money changeStay(Stay to, Money charged, String by, Instant now) {
        if (!CHANGEABLE.contains(status)) {
            throw new IllegalTransitionException("order", status, "change the stay");
        }
        var before = booking();
        var newTotal = nightly().times(to.nights());
        var refund = zero();
        if (newTotal.amount().compareTo(totalPrice) < 0) {
            var dropped = total().minus(newTotal);
            if (!cancellationPolicy.isFree(now)) {
                var kept = dropped.min(cancellationPolicy.feeLeft(feeKept()));
                feeKept = feeKept.add(kept.amount());
                dropped = dropped.minus(kept);
            }
            refund = dropped;
        } else if (!newTotal.minus(total()).equals(charged)) {
            throw new IllegalArgumentException("Order " + id + ": the added nights cost " + newTotal.minus(total())
                    + ", charged " + charged);
        }
        chargedAmount = chargedAmount.add(charged.amount());
        checkIn = to.checkIn();
        checkOut = to.checkOut();
        totalPrice = newTotal.amount();
        stayChanges++;
        updatedAt = now;
        registerEvent(new OrderStayChanged(UUID.randomUUID(), now, id, booking(), stayChanges, before.checkIn(),
                before.checkOut(), totalPrice, refund.amount(), charged.amount(), currency, by));
        return refund;
    }

    /**
     * The whole stay takes room type {@code to} at {@code newTotal} (decided against the hotel's reservation before
     * this is called; decision record 52); later nights added or dropped are priced at its rate. A cheaper type is
     * refunded the difference in full — the guest still stays every night, so no late fee applies; a dearer one must
     * have been charged the difference ({@code charged}) before this is called. The late fee of a later cancellation
     * or no-show becomes the new type's first night (the policy's deadline stays as agreed).
     *
     * @return what this change refunds (zero when it refunds nothing); owed by the caller with this change
     */
    Money changeRoomType(String to, Money newTotal, Money charged, String by, Instant now) {
        if (!CHANGEABLE.contains(status)) {
            throw new IllegalTransitionException("order", status, "change the room type");
        }
        var before = booking();
        var refund = zero();
        if (newTotal.amount().compareTo(totalPrice) < 0) {
            refund = total().minus(newTotal);
        } else if (!newTotal.minus(total()).equals(charged)) {
            throw new IllegalArgumentException("Order " + id + ": room type " + to + " costs "
                    + newTotal.minus(total()) + " more, charged " + charged);
        }
        chargedAmount = chargedAmount.add(charged.amount());
        roomType = to;
        nightlyRate = newTotal.amount().divide(BigDecimal.valueOf(stay().nights()), 2, RoundingMode.HALF_UP);
        cancellationPolicy = cancellationPolicy.withLateFee(nightlyRate);
        totalPrice = newTotal.amount();
        stayChanges++;
        updatedAt = now;
        registerEvent(new OrderStayChanged(UUID.randomUUID(), now, id, booking(), stayChanges, before.checkIn(),
                before.checkOut(), totalPrice, refund.amount(), charged.amount(), currency, by, before.roomType()));
        return refund;
    }

    /**
     * Nights were charged but could not be added (the stay changed meanwhile): the charge is owed back in full with
     * this, so that it counts in what the guest was charged and owed back in all ({@link #refundsInAllWith}) — later
     * refunds then still reach the whole of what is due (found in review).
     */
    void chargeReturned(Money charged, Instant now) {
        chargedAmount = chargedAmount.add(charged.amount());
        updatedAt = now;
    }

    /**
     * What the guest is owed back in all once {@code more} is refunded on top of what earlier changes refunded: the
     * total the payment's refunds must reach ({@link gotohotel.backend.payment.Payments#refund}).
     */
    Money refundsInAllWith(Money more) {
        return Money.of(chargedAmount, currency).minus(total()).minus(feeKept()).plus(more).atLeastZero();
    }

    /** The stay's nights as booked now. */
    Stay stay() {
        return new Stay(checkIn, checkOut);
    }

    String roomType() {
        return roomType;
    }

    Money nightly() {
        return Money.of(nightlyRate, currency);
    }

    Money zero() {
        return Money.of(BigDecimal.ZERO, currency);
    }

    private Money feeKept() {
        return Money.of(feeKept, currency);
    }

    /** Cancelled by the guest; {@code refund} is what the guest gets back (owed with this change). */
    void cancel(Money refund, Instant now) {
        requireCancellable();
        moveTo(OrderStatus.CANCELLED, "cancelled by the guest", now);
        registerEvent(new OrderCancelled(UUID.randomUUID(), now, id, booking(), refund.amount(),
                refund.currencyCode()));
    }

    /**
     * The guest never arrived (the night audit decided it against the hotel's reservation): the policy snapshotted
     * when the order was placed keeps the first night; what it refunds is returned, owed with this change.
     */
    Money markNoShow(Instant now) {
        if (!CANCELLABLE.contains(status)) {
            throw new IllegalTransitionException("order", status, "mark a no-show");
        }
        var refund = cancellationPolicy.refundForNoShow(total(), feeKept());
        moveTo(OrderStatus.NO_SHOW, "the guest did not arrive", now);
        registerEvent(new OrderNoShow(UUID.randomUUID(), now, id, booking(), total().minus(refund).amount(),
                refund.amount(), refund.currencyCode()));
        return refund;
    }

    /** The hotel refused the booking; stale when the order has already left PAID/CONFIRMED. */
    boolean reject(String reason, Instant now) {
        if (!CANCELLABLE.contains(status)) {
            return false;
        }
        moveTo(OrderStatus.REJECTED, reason, now);
        return true;
    }

    /**
     * Follows the hotel's reservation forward; an event that would move the order backwards is ignored. Events
     * of one reservation can arrive out of order (the registry externalises them concurrently), so a later step
     * may come first: the order then jumps to it and the earlier steps arriving after it are stale.
     */
    boolean follow(OrderStatus reservationStatus, Instant now) {
        boolean forward = switch (reservationStatus) {
            case CONFIRMED -> status == OrderStatus.PAID;
            case CHECKED_IN -> status == OrderStatus.PAID || status == OrderStatus.CONFIRMED;
            case CHECKED_OUT -> status == OrderStatus.PAID || status == OrderStatus.CONFIRMED
                    || status == OrderStatus.CHECKED_IN;
            default -> throw new IllegalArgumentException("Orders do not follow " + reservationStatus);
        };
        if (forward) {
            moveTo(reservationStatus, null, now);
        }
        return forward;
    }

    private void requireCancellable() {
        if (!CANCELLABLE.contains(status)) {
            throw new IllegalTransitionException("order", status, "cancel");
        }
    }

    private void require(OrderStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException("order", status, action);
        }
    }

    private void moveTo(OrderStatus next, String reason, Instant now) {
        status = next;
        statusReason = reason;
        updatedAt = now;
    }

    Booking booking() {
        return new Booking(guestName, phone, roomType, checkIn, checkOut, guestCount);
    }

    /**
     * Every column of the order as placed, for the order path's plain JDBC insert ({@link PlacementWrites}). The order
     * held after that insert is not Hibernate's: it is written on by {@link PlacementWrites#settled} only, never saved
     * through the repository (which would take it for a new row).
     */
    PlacedRow placedRow() {
        if (version != null) {
            throw new IllegalStateException("Order " + id + " is already stored");
        }
        return new PlacedRow(id, status, statusReason, guestName, phone, email, roomType, checkIn, checkOut, guestCount,
                totalPrice, currency, nightlyRate, chargedAmount, feeKept, stayChanges, cancellationPolicy,
                accessTokenHash, bookedBy, createdAt, updatedAt);
    }

    /** The columns of a new order's row (the names are the columns'). */
    record PlacedRow(UUID id, OrderStatus status, String statusReason, String guestName, String phone, String email,
                     String roomType, LocalDate checkIn, LocalDate checkOut, int guestCount, BigDecimal totalPrice,
                     String currency, BigDecimal nightlyRate, BigDecimal chargedAmount, BigDecimal feeKept,
                     int stayChanges, CancellationPolicy cancellationPolicy, String accessTokenHash, String bookedBy,
                     Instant createdAt, Instant updatedAt) {
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The events recorded since the order was built, handed over once to a writer that publishes them itself
     * ({@link PlacementWrites}); a repository's save publishes them otherwise.
     */
    List<Object> takeEvents() {
        var events = List.copyOf(domainEvents());
        clearDomainEvents();
        return events;
    }

    Money total() {
        return Money.of(totalPrice, currency);
    }

    UUID id() {
        return id;
    }

    OrderStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    String accessTokenHash() {
        return accessTokenHash;
    }
}
