package gotohotel.backend.reservation;

import gotohotel.backend.common.IllegalTransitionException;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.ReservationCancelled;
import gotohotel.shared.event.ReservationCheckedIn;
import gotohotel.shared.event.ReservationCheckedOut;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationRejected;
import gotohotel.shared.event.ReservationRequested;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
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
    private String roomType;
    private LocalDate checkIn;
    private LocalDate checkOut;
    private int guestCount;
    private String rejectReason;
    private String updatedBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected Reservation() {
    }

    /** A paid booking reaches the hotel and waits for the staff. */
    static Reservation request(UUID orderId, Booking booking, Instant now) {
        var reservation = new Reservation(orderId, booking, ReservationStatus.PENDING_CONFIRMATION, now);
        reservation.registerEvent(new ReservationRequested(UUID.randomUUID(), now, orderId, reservation.id, 0,
                booking));
        return reservation;
    }

    /**
     * The guest cancels before the paid booking reached the hotel: remember the order as cancelled so the
     * payment event, when it arrives, books nothing.
     *
     * @throws CancellationRefusedException when the stay is already over
     */
    static Reservation cancelledByGuestBeforeArrival(UUID orderId, Booking booking, LocalDate today, Instant now) {
        if (!today.isBefore(booking.checkOut())) {
            throw stayOver(booking.checkOut());
        }
        return cancelledBeforeArrival(orderId, booking, now);
    }

    /** The guest's cancellation overtook the payment event: remember the order as cancelled. */
    static Reservation cancelledBeforeArrival(UUID orderId, Booking booking, Instant now) {
        var reservation = new Reservation(orderId, booking, ReservationStatus.CANCELLED, now);
        reservation.registerEvent(new ReservationCancelled(UUID.randomUUID(), now, orderId, reservation.id, 0));
        return reservation;
    }

    private Reservation(UUID orderId, Booking booking, ReservationStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.status = status;
        this.guestName = booking.guestName();
        this.roomType = booking.roomType();
        this.checkIn = booking.checkIn();
        this.checkOut = booking.checkOut();
        this.guestCount = booking.guestCount();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void confirm(String staff, Instant now) {
        require(ReservationStatus.PENDING_CONFIRMATION, "confirm");
        moveTo(ReservationStatus.CONFIRMED, staff, now);
        registerEvent(new ReservationConfirmed(UUID.randomUUID(), now, orderId, id, nextVersion(), staff));
    }

    void reject(String staff, String reason, Instant now) {
        if (status != ReservationStatus.PENDING_CONFIRMATION && status != ReservationStatus.CONFIRMED) {
            throw new IllegalTransitionException("reservation", status, "reject");
        }
        rejectReason = reason;
        moveTo(ReservationStatus.REJECTED, staff, now);
        registerEvent(new ReservationRejected(UUID.randomUUID(), now, orderId, id, nextVersion(), staff, reason));
    }

    void checkIn(String staff, Instant now) {
        require(ReservationStatus.CONFIRMED, "check in");
        moveTo(ReservationStatus.CHECKED_IN, staff, now);
        registerEvent(new ReservationCheckedIn(UUID.randomUUID(), now, orderId, id, nextVersion(), staff));
    }

    void checkOut(String staff, Instant now) {
        require(ReservationStatus.CHECKED_IN, "check out");
        moveTo(ReservationStatus.CHECKED_OUT, staff, now);
        registerEvent(new ReservationCheckedOut(UUID.randomUUID(), now, orderId, id, nextVersion(), staff));
    }

    /**
     * The guest cancels, decided against this reservation's own state: only a booking the guest has not
     * checked in to, that the hotel has not rejected and whose stay is not over can be cancelled.
     *
     * @param today the hotel's date
     * @throws CancellationRefusedException naming why not
     */
    void cancelByGuest(LocalDate today, Instant now) {
        switch (status) {
            case CHECKED_IN, CHECKED_OUT -> throw new CancellationRefusedException(
                    "The booking can no longer be cancelled: the guest has checked in.");
            case REJECTED -> throw new CancellationRefusedException(
                    "The booking cannot be cancelled: the hotel has rejected it and the payment is refunded in full.");
            case CANCELLED -> throw new CancellationRefusedException("The booking is already cancelled.");
            default -> {
                if (!today.isBefore(checkOut)) {
                    throw stayOver(checkOut);
                }
            }
        }
        moveTo(ReservationStatus.CANCELLED, "guest", now);
        registerEvent(new ReservationCancelled(UUID.randomUUID(), now, orderId, id, nextVersion()));
    }

    private static CancellationRefusedException stayOver(LocalDate checkOut) {
        return new CancellationRefusedException("The booking can no longer be cancelled: the stay ended on "
                + checkOut + ".");
    }

    /** An OrderCancelled event arrived; false when there is nothing left to cancel (e.g. cancelled already). */
    boolean cancelForGuest(Instant now) {
        if (status != ReservationStatus.PENDING_CONFIRMATION && status != ReservationStatus.CONFIRMED) {
            return false;
        }
        moveTo(ReservationStatus.CANCELLED, "guest", now);
        registerEvent(new ReservationCancelled(UUID.randomUUID(), now, orderId, id, nextVersion()));
        return true;
    }

    private void require(ReservationStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException("reservation", status, action);
        }
    }

    /** The version this change will have once saved (a new reservation is saved as version 0). */
    private long nextVersion() {
        return (version == null ? 0 : version) + 1;
    }

    private void moveTo(ReservationStatus next, String by, Instant now) {
        status = next;
        updatedBy = by;
        updatedAt = now;
    }

    UUID orderId() {
        return orderId;
    }

    UUID id() {
        return id;
    }

    ReservationStatus status() {
        return status;
    }

    /** Where the staff listing continues after this reservation. */
    ReservationCursor cursor() {
        return new ReservationCursor(checkIn, createdAt, id);
    }

    ReservationView view() {
        return new ReservationView(id, orderId, status.name(), version, guestName, roomType, checkIn, checkOut,
                guestCount, updatedAt);
    }
}
