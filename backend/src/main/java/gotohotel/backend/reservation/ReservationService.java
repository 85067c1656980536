package gotohotel.backend.reservation;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.events.ProcessedEvents;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.payment.RefundCause;
import gotohotel.backend.rooms.RoomAssignments;
import gotohotel.backend.rooms.RoomTakenException;
import gotohotel.shared.api.ReservationView;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.OrderPaid;
import gotohotel.shared.event.PaymentApproved;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The hotel's reservations: created and cancelled from events, moved on by the staff. */
@Service
class ReservationService implements Reservations {

    static final String CONSUMER = "reservation";

    private final ReservationRepository reservations;
    private final ReservationChanges changes;
    private final ProcessedEvents processed;
    private final Payments payments;
    private final RoomAssignments rooms;
    private final Clock clock;

    ReservationService(ReservationRepository reservations, ReservationChanges changes, ProcessedEvents processed,
                       Payments payments, RoomAssignments rooms, Clock clock) {
        this.reservations = reservations;
        this.changes = changes;
        this.processed = processed;
        this.payments = payments;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelAtGuestsRequest(UUID orderId, Booking booking, LocalDate today) {
        var reservation = reservations.findByOrderIdForUpdate(orderId);
        Reservation cancelled;
        if (reservation.isPresent()) {
            reservation.get().cancelAtGuestsRequest(today, clock.instant());
            cancelled = reservations.saveAndFlush(reservation.get());
        } else {
            // a concurrent OrderPaid consumer inserting the same order fails on the unique order_id
            cancelled = reservations.saveAndFlush(Reservation.cancelledAtGuestsRequestBeforeArrival(orderId, booking,
                    today, clock.instant()));
        }
        changes.record(List.of(cancelled));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> notArrivedBy(LocalDate firstDay, LocalDate businessDate) {
        return reservations.orderIdsCheckingInBetween(
                EnumSet.of(ReservationStatus.PENDING_CONFIRMATION, ReservationStatus.CONFIRMED), firstDay, businessDate);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markNoShow(UUID orderId, LocalDate businessDate) {
        var reservation = reservations.findByOrderIdForUpdate(orderId);
        if (reservation.isEmpty() || !reservation.get().markNoShow(businessDate, clock.instant())) {
            return false;
        }
        changes.record(List.of(reservations.saveAndFlush(reservation.get())));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> orderOf(UUID reservationId) {
        return reservations.findById(reservationId).map(Reservation::orderId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ReservationView changeStay(UUID orderId, LocalDate checkIn, LocalDate checkOut, BigDecimal amount,
                                      LocalDate today, Actor actor, Long expectedVersion) {
        var reservation = lockedForStayChange(orderId, expectedVersion);
        var booked = reservation.booking();
        if (booked.checkIn().equals(checkIn) && booked.checkOut().equals(checkOut)) {
            return ReservationViews.of(reservation);   // the same dates again: a repeated request changes nothing
        }
        reservation.changeStay(checkIn, checkOut, amount, today, actor, clock.instant());
        var changed = reservations.saveAndFlush(reservation);
        rooms.keepWithin(changed.id(), checkIn, checkOut);
        changes.record(List.of(changed));
        return ReservationViews.of(changed);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ReservationView changeRoomType(UUID orderId, String roomType, BigDecimal amount, LocalDate today,
                                          Actor actor, Long expectedVersion) {
        var reservation = lockedForStayChange(orderId, expectedVersion);
        if (reservation.booking().roomType().equals(roomType)) {
            return ReservationViews.of(reservation);   // the same type again: a repeated request changes nothing
        }
        reservation.changeRoomType(roomType, amount, today, actor, clock.instant());
        var changed = reservations.saveAndFlush(reservation);
        rooms.release(List.of(changed.id()));
        changes.record(List.of(changed));
        return ReservationViews.of(changed);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkRoomTypeChange(UUID orderId, LocalDate today, Long expectedVersion) {
        lockedForStayChange(orderId, expectedVersion).checkRoomTypeChange(today);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdNightsAdded(UUID orderId, LocalDate checkIn, LocalDate checkOut, LocalDate today, String by,
                                Long expectedVersion) {
        var reservation = lockedForStayChange(orderId, expectedVersion);
        reservation.checkStayChange(checkIn, checkOut, today);
        if (reservation.room() == null) {
            return;
        }
        LocalDate from = reservation.status() == ReservationStatus.CHECKED_IN && today.isAfter(checkIn) ? today
                : checkIn;
        try {
            rooms.hold(new gotohotel.backend.rooms.Stay(reservation.id(), reservation.booking().roomType(), checkIn,
                    checkOut), from, reservation.room(), true, by, clock.instant());
        } catch (RoomTakenException taken) {
            throw taken.naming(reservations.findById(taken.holder()).map(other -> other.booking().guestName())
                    .orElse("a stay unknown here"));
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseNightsAdded(UUID orderId, LocalDate checkIn, LocalDate checkOut) {
        reservations.findByOrderIdForUpdate(orderId)
                .ifPresent(reservation -> rooms.keepWithin(reservation.id(), checkIn, checkOut));
    }

    private Reservation lockedForStayChange(UUID orderId, Long expectedVersion) {
        var reservation = reservations.findByOrderIdForUpdate(orderId).orElseThrow(() ->
                new StayChangeRefusedException("The hotel has not received this booking yet; try again in a moment."));
        if (expectedVersion != null && expectedVersion != reservation.currentVersion()) {
            throw new DomainRuleException("concurrent-change", "Conflict", "The booking changed (version "
                    + reservation.currentVersion() + ") since you saw version " + expectedVersion
                    + "; nothing was changed. Look at it again.");
        }
        return reservation;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReservationView> dueOuts(LocalDate date) {
        return reservations.checkingOutBy(ReservationStatus.CHECKED_IN, date).stream().map(ReservationViews::of)
                .toList();
    }

    /**
     * Applies a batch of booking events in one transaction: a paid order becomes exactly one reservation
     * however often its event arrives; a cancelled order cancels it, or is remembered as cancelled when
     * the cancellation overtook the payment.
     */
    @Transactional
    public void on(List<BookingEvent> polled) {
        // Only these change a reservation: the rest of the topics is neither looked up nor remembered as processed —
        // applying one of them again would change nothing either. PaymentApproved: written before OrderPaid replaced
        // it (decision record 55), still in the topics; an order met twice (both events) is booked once.
        var events = polled.stream().filter(event -> event instanceof OrderPaid || event instanceof PaymentApproved
                || event instanceof OrderCancelled).toList();
        if (events.isEmpty()) {
            return;
        }
        var fresh = processed.firstTimes(CONSUMER, events.stream().map(BookingEvent::eventId).toList());
        var orderIds = events.stream().map(BookingEvent::orderId).collect(Collectors.toSet());
        Map<UUID, Reservation> byOrder = new HashMap<>();
        reservations.findByOrderIdIn(orderIds).forEach(r -> byOrder.put(r.orderId(), r));
        Set<Reservation> changed = new LinkedHashSet<>();
        Instant now = clock.instant();
        for (var event : events) {
            if (!fresh.remove(event.eventId())) {
                continue;
            }
            if (event instanceof OrderPaid paid && !byOrder.containsKey(paid.orderId())) {
                var reservation = Reservation.request(paid.orderId(), paid.booking(), paid.amount(), paid.currency(),
                        now);
                byOrder.put(paid.orderId(), reservation);
                changed.add(reservation);
            } else if (event instanceof PaymentApproved approved && !byOrder.containsKey(approved.orderId())) {
                var reservation = Reservation.request(approved.orderId(), approved.booking(), approved.amount(),
                        approved.currency(), now);
                byOrder.put(approved.orderId(), reservation);
                changed.add(reservation);
            } else if (event instanceof OrderCancelled cancelled) {
                var existing = byOrder.get(cancelled.orderId());
                if (existing == null) {
                    var tombstone = Reservation.cancelledWithOrderBeforeArrival(cancelled.orderId(),
                            cancelled.booking(), now);
                    byOrder.put(cancelled.orderId(), tombstone);
                    changed.add(tombstone);
                } else if (existing.cancelWithOrder(now)) {
                    changed.add(existing);
                }
            }
        }
        reservations.saveAllAndFlush(changed);
        changes.record(changed);
    }

    /** Up to {@code size} reservations after the query's cursor; one row more tells whether a next page exists. */
    @Transactional(readOnly = true)
    public ReservationPage search(ReservationQuery query, int size) {
        var rows = reservations.search(query, size + 1);
        var page = rows.subList(0, Math.min(size, rows.size()));
        var next = rows.size() > size ? page.get(page.size() - 1).cursor() : null;
        return new ReservationPage(page.stream().map(ReservationViews::of).toList(), next);
    }

    @Transactional
    public ReservationView confirm(UUID id, Actor actor) {
        return ReservationViews.of(change(find(id), reservation -> reservation.confirm(actor, clock.instant())));
    }

    /** The refund in full is owed in the same transaction as the rejection: both commit or neither. */
    @Transactional
    public ReservationView reject(UUID id, Actor actor, String reason) {
        return ReservationViews.of(reject(find(id), actor, reason));
    }

    /**
     * Rejects and owes the guest the refund in full, in the caller's transaction. The reservation is written
     * before the refund is owed: like a guest's cancellation, the reservation's row is taken before the
     * payment's, so the two never deadlock.
     */
    Reservation reject(Reservation reservation, Actor actor, String reason) {
        var rejected = change(reservation, r -> r.reject(actor, reason, clock.instant()));
        payments.refundInFull(rejected.orderId(), RefundCause.HOTEL_REJECTION);
        return rejected;
    }

    /** The same for a reservation the caller holds locked; the rejection is written at the next flush. */
    Reservation rejectLocked(Reservation reservation, Actor actor, String reason) {
        var rejected = changeUnwritten(reservation, r -> r.reject(actor, reason, clock.instant()));
        payments.refundInFull(rejected.orderId(), RefundCause.HOTEL_REJECTION);
        return rejected;
    }

    @Transactional
    public ReservationView checkIn(UUID id, Actor actor) {
        return ReservationViews.of(change(find(id), reservation -> reservation.checkIn(actor, clock.instant())));
    }

    @Transactional
    public ReservationView checkOut(UUID id, Actor actor) {
        return ReservationViews.of(change(find(id), reservation -> reservation.checkOut(actor, clock.instant())));
    }

    private Reservation find(UUID id) {
        return reservations.findById(id).orElseThrow(() -> new NotFoundException("Reservation " + id));
    }

    /** Applies a verb, writes the reservation, then (before commit) its history line and feed position. */
    Reservation change(Reservation reservation, Consumer<Reservation> verb) {
        var saved = changeUnwritten(reservation, verb);
        reservations.flush();
        return saved;
    }

    /**
     * Applies a verb to a reservation of the persistence context and publishes its event; the row is written
     * at the transaction's next flush, which the caller must make before changing the reservation again
     * ({@link Reservation#hasUnsavedChange()}) and before commit.
     */
    Reservation changeUnwritten(Reservation reservation, Consumer<Reservation> verb) {
        verb.accept(reservation);
        var saved = reservations.save(reservation);
        changes.record(List.of(saved));
        return saved;
    }
}
