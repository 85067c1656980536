package gotohotel.backend.reservation;

import gotohotel.backend.domain.IllegalTransitionException;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.ReservationCancelled;
import gotohotel.shared.event.ReservationCheckedIn;
import gotohotel.shared.event.ReservationCheckedOut;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationNoShow;
import gotohotel.shared.event.ReservationRejected;
import gotohotel.shared.event.ReservationRequested;
import gotohotel.shared.event.RoomAssigned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The hotel's reservation for one paid order. Every verb checks the current status, refuses an illegal
 * transition with the status named, and records the event to publish.
 */
@Entity
@Table(name = "reservation")
class Reservation extends AbstractAggregateRoot<Reservation> {

    @Id
    private UUID id;
    private UUID orderId;
    @Version
    private Long version;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReservationStatus status;
    private String guestName;
    private String phone;
    private String roomType;
    private LocalDate checkIn;
    private LocalDate checkOut;
    private int guestCount;
    private BigDecimal amount;
    private String currency;
    private String rejectReason;
    /** The room the stay holds from tonight on (its last assignment or move); null before one. */
    private String room;
    private String updatedBy;
    private Instant createdAt;
    private Instant updatedAt;
    /** Position in the changes feed, written by {@link ReservationChanges} only. */
    @Column(insertable = false, updatable = false)
    private Long changePosition;
    @Transient
    private List<HistoryLine> history = new ArrayList<>();
    /** The version of a change made but not yet written (Hibernate increments the version once per write). */
    @Transient
    private Long unsavedVersion;

    protected Reservation() {
    }

    /** A paid booking reaches the hotel and waits for the staff. */
    static Reservation request(UUID orderId, Booking booking, BigDecimal amount, String currency, Instant now) {
        var reservation = new Reservation(orderId, booking, amount, currency, ReservationStatus.PENDING_CONFIRMATION,
                Actor.system(now), now);
        reservation.registerEvent(new ReservationRequested(UUID.randomUUID(), now, orderId, reservation.id, 0,
                booking));
        return reservation;
    }

    /*
     * Cancelling, in one vocabulary. The guest is always the one who cancels; what differs is who decides:
     * - "at the guest's request": the guest asks now and this reservation decides, refusing with the reason
     *   (CancellationRefusedException) when it is too late;
     * - "with the order": the guest's order was cancelled already (the OrderCancelled event) and the reservation
     *   follows it while it still can, never refusing.
     * "Before arrival": the paid booking has not reached the hotel yet, so the cancellation is remembered as a
     * cancelled reservation and the payment event, when it arrives, books nothing.
     */

    /**
     * The guest asks to cancel before the paid booking reached the hotel.
     *
     * @throws CancellationRefusedException when the stay is already over
     */
    static Reservation cancelledAtGuestsRequestBeforeArrival(UUID orderId, Booking booking, LocalDate today,
                                                             Instant now) {
        if (!today.isBefore(booking.checkOut())) {
            throw stayOver(booking.checkOut());
        }
        return cancelledWithOrderBeforeArrival(orderId, booking, now);
    }

    /** The order's cancellation overtook the payment event. */
    static Reservation cancelledWithOrderBeforeArrival(UUID orderId, Booking booking, Instant now) {
        var reservation = new Reservation(orderId, booking, null, null, ReservationStatus.CANCELLED,
                Actor.guest(now), now);
        reservation.registerEvent(new ReservationCancelled(UUID.randomUUID(), now, orderId, reservation.id, 0));
        return reservation;
    }

    private Reservation(UUID orderId, Booking booking, BigDecimal amount, String currency, ReservationStatus status,
                        Actor actor, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.status = status;
        this.guestName = booking.guestName();
        this.phone = booking.phone();
        this.roomType = booking.roomType();
        this.checkIn = booking.checkIn();
        this.checkOut = booking.checkOut();
        this.guestCount = booking.guestCount();
        this.amount = amount;
        this.currency = currency;
        this.updatedBy = actor.staff();
        this.createdAt = now;
        this.updatedAt = now;
        history.add(new HistoryLine(id, 0, status, "CREATE", actor, null, now));
    }

    void confirm(Actor actor, Instant now) {
        require(ReservationStatus.PENDING_CONFIRMATION, "confirm");
        long nextVersion = moveTo(ReservationStatus.CONFIRMED, "CONFIRM", actor, null, now);
        registerEvent(new ReservationConfirmed(UUID.randomUUID(), now, orderId, id, nextVersion, actor.staff()));
    }

    void reject(Actor actor, String reason, Instant now) {
        if (status != ReservationStatus.PENDING_CONFIRMATION && status != ReservationStatus.CONFIRMED) {
            throw new IllegalTransitionException("reservation", status, "reject");
        }
        rejectReason = reason;
        long nextVersion = moveTo(ReservationStatus.REJECTED, "REJECT", actor, reason, now);
        registerEvent(new ReservationRejected(UUID.randomUUID(), now, orderId, id, nextVersion, actor.staff(), reason));
    }

    /**
     * The stay holds {@code number} from now on: before arrival (pending or confirmed) on every night, in house from
     * tonight on (a move). The rooms context has taken the nights; this records who gave which room, when.
     */
    void holdRoom(String number, LocalDate from, Actor actor, Instant now) {
        boolean move = status == ReservationStatus.CHECKED_IN;
        if (!move && status != ReservationStatus.PENDING_CONFIRMATION && status != ReservationStatus.CONFIRMED) {
            throw new IllegalTransitionException("reservation", status, "assign a room");
        }
        room = number;
        long nextVersion = moveTo(status, move ? "ROOM_MOVED" : "ROOM_ASSIGNED", actor, "Room " + number, now);
        registerEvent(new RoomAssigned(UUID.randomUUID(), now, orderId, id, nextVersion, actor.staff(), number, from,
                move));
    }

    /** @throws RoomRequiredException when the stay holds no room: a guest is checked in to a room */
    void checkIn(Actor actor, Instant now) {
        require(ReservationStatus.CONFIRMED, "check in");
        if (room == null) {
            throw new RoomRequiredException();
        }
        long nextVersion = moveTo(ReservationStatus.CHECKED_IN, "CHECK_IN", actor, null, now);
        registerEvent(new ReservationCheckedIn(UUID.randomUUID(), now, orderId, id, nextVersion, actor.staff(), room));
    }

    void checkOut(Actor actor, Instant now) {
        require(ReservationStatus.CHECKED_IN, "check out");
        long nextVersion = moveTo(ReservationStatus.CHECKED_OUT, "CHECK_OUT", actor, null, now);
        registerEvent(new ReservationCheckedOut(UUID.randomUUID(), now, orderId, id, nextVersion, actor.staff(), room));
    }

    /**
     * The night audit closing {@code businessDate} found the guest not arrived: a booking still pending or confirmed
     * whose check-in day is that date or earlier becomes NO_SHOW. False (nothing changed) for any other status, so
     * the audit may meet the same booking again after a crash or on another instance and change it only once.
     */
    boolean markNoShow(LocalDate businessDate, Instant now) {
        if (status != ReservationStatus.PENDING_CONFIRMATION && status != ReservationStatus.CONFIRMED) {
            return false;
        }
        if (checkIn.isAfter(businessDate)) {
            throw new IllegalTransitionException("reservation", status, "mark a no-show before its check-in day");
        }
        long nextVersion = moveTo(ReservationStatus.NO_SHOW, "NO_SHOW", Actor.nightAudit(now),
                "Not arrived by the end of " + businessDate, now);
        registerEvent(new ReservationNoShow(UUID.randomUUID(), now, orderId, id, nextVersion, Actor.NIGHT_AUDIT,
                businessDate));
        return true;
    }

    /**
     * Whether the stay may become {@code newCheckIn} to {@code newCheckOut} in this status; see {@link #changeStay}.
     *
     * @throws StayChangeRefusedException naming why not
     */
    void checkStayChange(LocalDate newCheckIn, LocalDate newCheckOut, LocalDate today) {
        switch (status) {
            case PENDING_CONFIRMATION, CONFIRMED -> {
                if (newCheckIn.isBefore(today)) {
                    throw new StayChangeRefusedException("The stay cannot start before today (" + today + ").");
                }
            }
            case CHECKED_IN -> {
                if (!newCheckIn.equals(checkIn)) {
                    throw new StayChangeRefusedException("The guest is in house since " + checkIn
                            + ": only the nights ahead can change, not the check-in day.");
                }
                if (!newCheckOut.isAfter(today)) {
                    throw new StayChangeRefusedException("The guest is in house: the stay can end tomorrow ("
                            + today.plusDays(1) + ") at the earliest; to leave today, check the guest out.");
                }
            }
            default -> throw new StayChangeRefusedException("A " + status.name().toLowerCase().replace('_', '-')
                    + " booking cannot be changed.");
        }
    }

    /**
     * The stay's nights become {@code checkIn} to {@code checkOut} (decision record 52), the booking's value
     * {@code amount}. Before arrival (pending or confirmed) anything may change, from the hotel's today on; in house
     * only the nights ahead: the check-in day stays and the stay still holds tonight (leaving today is a check-out).
     * Nothing else may change. The history line says what the dates were and who changed them.
     *
     * @param today the hotel's date
     * @throws StayChangeRefusedException when the status (or, in house, the nights already slept) forbids it
     */
    void changeStay(LocalDate newCheckIn, LocalDate newCheckOut, BigDecimal newAmount, LocalDate today, Actor actor,
                    Instant now) {
        checkStayChange(newCheckIn, newCheckOut, today);
        String was = checkIn + " to " + checkOut;
        checkIn = newCheckIn;
        checkOut = newCheckOut;
        amount = newAmount;
        moveTo(status, "STAY_CHANGED", actor, newCheckIn + " to " + newCheckOut + " (was " + was + ")", now);
    }

    /**
     * Whether the stay may take another room type in this status (decision record 52): only before arrival (pending
     * or confirmed, the check-in day not past) — the whole stay moves to the new type. A guest in house changes type
     * by moving to a room of it (a room move; an upgrade when it is better), never by re-pricing nights slept.
     *
     * @throws StayChangeRefusedException naming why not
     */
    void checkRoomTypeChange(LocalDate today) {
        switch (status) {
            case PENDING_CONFIRMATION, CONFIRMED -> {
                if (checkIn.isBefore(today)) {
                    throw new StayChangeRefusedException("The stay began on " + checkIn
                            + " and the guest has not arrived: the room type can no longer change.");
                }
            }
            case CHECKED_IN -> throw new StayChangeRefusedException("The guest is in house since " + checkIn
                    + ": move them to a room of the other type instead (the booking's type changes only before"
                    + " arrival).");
            default -> throw new StayChangeRefusedException("A " + status.name().toLowerCase().replace('_', '-')
                    + " booking cannot be changed.");
        }
    }

    /**
     * The whole stay takes room type {@code newRoomType}, the booking's value {@code newAmount} (decision record 52);
     * see {@link #checkRoomTypeChange}. A room assigned ahead is let go with it (the rooms context frees its nights):
     * a room of the new type is assigned at arrival. The history line says what the type was and who changed it.
     */
    void changeRoomType(String newRoomType, BigDecimal newAmount, LocalDate today, Actor actor, Instant now) {
        checkRoomTypeChange(today);
        String was = roomType + (room == null ? "" : ", room " + room + " let go");
        roomType = newRoomType;
        amount = newAmount;
        room = null;
        moveTo(status, "STAY_CHANGED", actor, "room type " + newRoomType + " (was " + was + ")", now);
    }

    /**
     * The guest asks to cancel, decided against this reservation's own state: only a booking the guest has not
     * checked in to, that the hotel has not rejected and whose stay is not over can be cancelled.
     *
     * @param today the hotel's date
     * @throws CancellationRefusedException naming why not
     */
    void cancelAtGuestsRequest(LocalDate today, Instant now) {
        switch (status) {
            case CHECKED_IN, CHECKED_OUT -> throw new CancellationRefusedException(
                    "The booking can no longer be cancelled: the guest has checked in.");
            case REJECTED -> throw new CancellationRefusedException(
                    "The booking cannot be cancelled: the hotel has rejected it and the payment is refunded in full.");
            case CANCELLED -> throw new CancellationRefusedException("The booking is already cancelled.");
            case NO_SHOW -> throw new CancellationRefusedException(
                    "The booking can no longer be cancelled: the guest did not arrive and it was marked a no-show.");
            default -> {
                if (!today.isBefore(checkOut)) {
                    throw stayOver(checkOut);
                }
            }
        }
        long nextVersion = moveTo(ReservationStatus.CANCELLED, "CANCEL", Actor.guest(now), null, now);
        registerEvent(new ReservationCancelled(UUID.randomUUID(), now, orderId, id, nextVersion));
    }

    private static CancellationRefusedException stayOver(LocalDate checkOut) {
        return new CancellationRefusedException("The booking can no longer be cancelled: the stay ended on "
                + checkOut + ".");
    }

    /** The guest's order was cancelled (OrderCancelled); false when there is nothing left to cancel. */
    boolean cancelWithOrder(Instant now) {
        if (status != ReservationStatus.PENDING_CONFIRMATION && status != ReservationStatus.CONFIRMED) {
            return false;
        }
        long nextVersion = moveTo(ReservationStatus.CANCELLED, "CANCEL", Actor.guest(now), null, now);
        registerEvent(new ReservationCancelled(UUID.randomUUID(), now, orderId, id, nextVersion));
        return true;
    }

    private void require(ReservationStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException("reservation", status, action);
        }
    }

    /**
     * Moves to the next status and returns the version this change will have once saved (Hibernate increments
     * the version the row was read with), which its event and its history line carry.
     */
    private long moveTo(ReservationStatus next, String action, Actor actor, String reason, Instant now) {
        long nextVersion = currentVersion() + 1;
        unsavedVersion = nextVersion;
        status = next;
        updatedBy = actor.staff();
        updatedAt = now;
        history.add(new HistoryLine(id, nextVersion, next, action, actor, reason, now));
        return nextVersion;
    }

    /** The version as it is once the pending change (if any) is written. */
    long currentVersion() {
        return unsavedVersion != null ? unsavedVersion : version == null ? 0 : version;
    }

    /**
     * True while a change is made and not yet written. Hibernate increments the version once per write, so
     * a reservation of the persistence context must be written (flushed) before it is changed again, or its
     * second change's version, event and history line would not match the row.
     */
    boolean hasUnsavedChange() {
        return unsavedVersion != null;
    }

    @PostUpdate
    @PostPersist
    void written() {
        unsavedVersion = null;
    }

    /** The history lines of the changes made since the last call, for the audit trail. */
    List<HistoryLine> takeHistory() {
        var lines = List.copyOf(history);
        history.clear();
        return lines;
    }

    UUID id() {
        return id;
    }

    long changePosition() {
        return changePosition == null ? 0 : changePosition;
    }

    UUID orderId() {
        return orderId;
    }

    ReservationStatus status() {
        return status;
    }

    /** Where the staff listing continues after this reservation. */
    ReservationCursor cursor() {
        return new ReservationCursor(checkIn, createdAt, id);
    }

    /** The version last written (null before the first write); {@link #currentVersion()} counts a pending change. */
    Long writtenVersion() {
        return version;
    }

    /** What the guest booked: who, which room type, which nights, how many guests. */
    Booking booking() {
        return new Booking(guestName, phone, roomType, checkIn, checkOut, guestCount);
    }

    /** The amount paid, at the scale it was stored; null for an order cancelled before arrival. */
    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    /** The room the stay holds from tonight on, or null. */
    String room() {
        return room;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Who made the last change: a staff member, or "guest" / "system". */
    String updatedBy() {
        return updatedBy;
    }
}
