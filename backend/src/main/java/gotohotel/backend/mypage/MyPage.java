package gotohotel.backend.mypage;

import gotohotel.backend.money.Money;
import gotohotel.shared.api.MyPageView;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.GuestNotified;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderNoShow;
import gotohotel.shared.event.OrderPaid;
import gotohotel.shared.event.OrderPlaced;
import gotohotel.shared.event.OrderStayChanged;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.PaymentDeclined;
import gotohotel.shared.event.PaymentRefunded;
import gotohotel.shared.event.ReservationCancelled;
import gotohotel.shared.event.ReservationCheckedIn;
import gotohotel.shared.event.ReservationCheckedOut;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationNoShow;
import gotohotel.shared.event.ReservationRejected;
import gotohotel.shared.event.ReservationRequested;
import gotohotel.shared.event.RoomAssigned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One guest's my page, folded from events in whatever order they arrive: statuses only move forward by
 * rank, history keeps one line per status at the time it happened, each message keeps its latest state.
 * Applying the same set of events in any order gives the same page. Each page belongs to a generation of
 * the read model: a rebuild folds the topics into the next one while guests read the live one.
 */
@Entity
@Table(name = "mypage")
class MyPage {

    /** A page's identity: its generation of the read model and its order. */
    @Embeddable
    record Key(@Column(name = "generation") long generation, @Column(name = "order_id") UUID orderId) {
    }

    @EmbeddedId
    private Key key;
    @Version
    private Long version;
    private String guestName;
    private String roomType;
    private LocalDate checkIn;
    private LocalDate checkOut;
    private Integer guestCount;
    private BigDecimal totalPrice;
    private String currency;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OrderState orderStatus;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PaymentState paymentStatus;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReservationState reservationStatus;
    private BigDecimal refundedAmount;
    private Instant updatedAt;
    /** The room of the reservation's latest assignment, move or check-in, and that change's version (newest wins). */
    private String room;
    private Long roomVersion;
    /** The newest stay change folded in (0: the dates as booked); its dates and price win over other events'. */
    private int stayChange;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mypage_history", joinColumns = {
            @JoinColumn(name = "generation", referencedColumnName = "generation"),
            @JoinColumn(name = "order_id", referencedColumnName = "order_id")})
    @MapKeyColumn(name = "status")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyJdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "at")
    private Map<OrderState, Instant> history = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mypage_message", joinColumns = {
            @JoinColumn(name = "generation", referencedColumnName = "generation"),
            @JoinColumn(name = "order_id", referencedColumnName = "order_id")})
    @MapKeyColumn(name = "notification_id")
    private Map<UUID, Message> messages = new HashMap<>();

    protected MyPage() {
    }

    MyPage(Key key) {
        this.key = key;
        this.refundedAmount = BigDecimal.ZERO;
    }

    void apply(BookingEvent event) {
        updatedAt = updatedAt == null || event.occurredAt().isAfter(updatedAt) ? event.occurredAt() : updatedAt;
        if (event instanceof OrderPaid e) {   // the one event of a paid booking (decision record 55)
            describe(e.booking());
            price(e.amount(), e.currency());
            payment(PaymentState.APPROVED);
            order(OrderState.PAID, e.occurredAt());
            reservation(ReservationState.PENDING_CONFIRMATION);   // the hotel books it from this very event
        } else if (event instanceof OrderPlaced e) {   // this and PaymentApproved: written before OrderPaid
            describe(e.booking());
            price(e.totalPrice(), e.currency());
            order(OrderState.PENDING_PAYMENT, e.occurredAt());
        } else if (event instanceof PaymentApproved e) {
            describe(e.booking());
            price(e.amount(), e.currency());
            payment(PaymentState.APPROVED);
            order(OrderState.PAID, e.occurredAt());
        } else if (event instanceof PaymentDeclined e) {
            if (e.booking() != null) {   // since OrderPlaced is no longer written, the decline names the booking
                describe(e.booking());
                price(e.amount(), e.currency());
            }
            payment(PaymentState.DECLINED);
            order(OrderState.PAYMENT_DECLINED, e.occurredAt());
        } else if (event instanceof PaymentRefunded e) {
            refundedAmount = refundedAmount.add(e.amount());
            payment(PaymentState.REFUNDED);
        } else if (event instanceof OrderCancelled e) {
            describe(e.booking());
            order(OrderState.CANCELLED, e.occurredAt());
        } else if (event instanceof OrderStayChanged e) {
            stayChanged(e);
        } else if (event instanceof OrderNoShow e) {
            describe(e.booking());
            order(OrderState.NO_SHOW, e.occurredAt());
        } else if (event instanceof ReservationNoShow e) {
            reservation(ReservationState.NO_SHOW);
        } else if (event instanceof ReservationRequested e) {
            describe(e.booking());
            reservation(ReservationState.PENDING_CONFIRMATION);
        } else if (event instanceof ReservationConfirmed e) {
            reservation(ReservationState.CONFIRMED);
            order(OrderState.CONFIRMED, e.occurredAt());
        } else if (event instanceof ReservationRejected e) {
            reservation(ReservationState.REJECTED);
            order(OrderState.REJECTED, e.occurredAt());
        } else if (event instanceof ReservationCancelled e) {
            reservation(ReservationState.CANCELLED);
        } else if (event instanceof ReservationCheckedIn e) {
            reservation(ReservationState.CHECKED_IN);
            order(OrderState.CHECKED_IN, e.occurredAt());
            room(e.room(), e.version());
        } else if (event instanceof RoomAssigned e) {
            room(e.room(), e.version());
        } else if (event instanceof ReservationCheckedOut e) {
            reservation(ReservationState.CHECKED_OUT);
            order(OrderState.CHECKED_OUT, e.occurredAt());
        } else if (event instanceof GuestNotified e) {
            message(e);
        }
    }

    /** The newest change's dates and price, whatever order the changes and the other events arrive in. */
    private void stayChanged(OrderStayChanged changed) {
        if (changed.change() <= stayChange) {
            return;
        }
        stayChange = changed.change();
        describeBooking(changed.booking());
        totalPrice = changed.totalPrice();
        currency = changed.currency();
    }

    /** The booking an event carries, unless a stay change was folded in: its dates are the newest. */
    private void describe(Booking booking) {
        if (booking == null || stayChange > 0) {
            return;
        }
        describeBooking(booking);
    }

    private void describeBooking(Booking booking) {
        guestName = booking.guestName();
        roomType = booking.roomType();
        checkIn = booking.checkIn();
        checkOut = booking.checkOut();
        guestCount = booking.guestCount();
    }

    private void price(BigDecimal total, String currencyCode) {
        if (stayChange > 0) {
            return;
        }
        totalPrice = total;
        currency = currencyCode;
    }

    private void order(OrderState state, Instant at) {
        if (state != OrderState.PENDING_PAYMENT) {
            history.merge(state, at, (earlier, later) -> earlier.isBefore(later) ? earlier : later);
        }
        if (state.isAfter(orderStatus)) {
            orderStatus = state;
        }
    }

    /** The room with the reservation's newest version wins, whatever order the events arrive in. */
    private void room(String number, long version) {
        if (number != null && (roomVersion == null || version > roomVersion)) {
            room = number;
            roomVersion = version;
        }
    }

    private void payment(PaymentState state) {
        if (state.isAfter(paymentStatus)) {
            paymentStatus = state;
        }
    }

    private void reservation(ReservationState state) {
        if (state.isAfter(reservationStatus)) {
            reservationStatus = state;
        }
    }

    private void message(GuestNotified notified) {
        var next = new Message(notified.channel(), notified.text(), MessageState.valueOf(notified.delivery()),
                notified.reason(), notified.occurredAt());
        if (next.supersedes(messages.get(notified.notificationId()))) {
            messages.put(notified.notificationId(), next);
        }
    }

    Key key() {
        return key;
    }

    MyPageView view() {
        var lines = history.entrySet().stream()
                .sorted(Map.Entry.<OrderState, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(line -> new MyPageView.HistoryEntry(line.getKey().name(), line.getValue()))
                .toList();
        var sent = messages.values().stream()
                .sorted(Comparator.comparing(Message::at))
                .map(m -> new MyPageView.Message(m.channel(), m.text(), m.status().name(), m.reason(), m.at()))
                .toList();
        return new MyPageView(key.orderId(), guestName, roomType, checkIn, checkOut, guestCount, inCurrency(totalPrice),
                currency, name(orderStatus), name(paymentStatus), name(reservationStatus), inCurrency(refundedAmount),
                lines, sent, updatedAt, inHouse() ? room : null);
    }

    /** The guest is shown the room once checked in (and after, in the stay's history). */
    private boolean inHouse() {
        return reservationStatus == ReservationState.CHECKED_IN || reservationStatus == ReservationState.CHECKED_OUT;
    }

    /** An amount at its currency's scale (KRW has no minor unit), as the rest of the API shows it. */
    private BigDecimal inCurrency(BigDecimal amount) {
        return amount == null || currency == null ? amount : Money.of(amount, currency).amount();
    }

    private static String name(Enum<?> state) {
        return state == null ? null : state.name();
    }
}
