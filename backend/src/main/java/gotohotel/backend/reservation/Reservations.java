package gotohotel.backend.reservation;

import gotohotel.shared.api.ReservationView;
import gotohotel.shared.event.Booking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reservation context's API for ordering, called synchronously (same database, caller's transaction). */
public interface Reservations {

    /**
     * The guest asks to cancel: decided against the order's reservation under a row lock, in the caller's
     * transaction, so the cancellation and whatever it owes commit together or not at all and a concurrent
     * rejection, check-in or second cancellation is decided against the same row. When the paid booking has not reached the
     * hotel yet, the reservation is remembered as cancelled so it never becomes one.
     *
     * @param today the hotel's date
     * @throws CancellationRefusedException when the guest has checked in, the hotel rejected the booking, it
     *     was cancelled before, or the stay is over
     */
    void cancelAtGuestsRequest(UUID orderId, Booking booking, LocalDate today);

    /**
     * The orders whose guests the night audit closing {@code businessDate} finds not arrived: reservations still
     * pending or confirmed whose check-in day is from {@code firstDay} to that date, oldest check-in first.
     */
    List<UUID> notArrivedBy(LocalDate firstDay, LocalDate businessDate);

    /**
     * Marks the order's reservation a no-show (the history says "night audit"), under a row lock in the caller's
     * transaction, so a guest cancelling or a desk checking in at the same moment is decided against the same row.
     *
     * @return false when it is no longer pending or confirmed (checked in, cancelled, or marked before): nothing changed
     */
    boolean markNoShow(UUID orderId, LocalDate businessDate);

    /** The order a reservation belongs to (empty for an unknown reservation). */
    Optional<UUID> orderOf(UUID reservationId);

    /**
     * Changes the order's stay to {@code checkIn} – {@code checkOut} (decision record 52), decided against its
     * reservation under a row lock in the caller's transaction, so a cancellation, check-in, check-out or night audit
     * at the same moment is decided against the same row: the reservation takes the new dates and value (a history
     * line, a new version, a place in the desks' feed) and its room lets go of the nights dropped.
     *
     * @param expectedVersion the version the person saw, or null; a stale one is refused ({@code concurrent-change})
     * @param today           the hotel's date
     * @return the reservation as changed
     * @throws StayChangeRefusedException when its status forbids the change, or the hotel has no reservation yet
     */
    ReservationView changeStay(UUID orderId, LocalDate checkIn, LocalDate checkOut, BigDecimal amount,
                               LocalDate today, Actor actor, Long expectedVersion);

    /**
     * The stay takes another room type for all its nights (decision record 52), under the reservation's row lock: its
     * status decides (only before arrival), its history says so, desks see it through the feed; a room assigned ahead
     * is let go (a room of the new type is assigned at arrival). The same type again changes nothing.
     *
     * @param expectedVersion the version the staff saw, or null
     * @throws StayChangeRefusedException when the status forbids it
     */
    ReservationView changeRoomType(UUID orderId, String roomType, BigDecimal amount, LocalDate today, Actor actor,
                                   Long expectedVersion);

    /**
     * Checks, under the reservation's row lock, that the stay may take another room type (before a dearer type is
     * held and charged); changes nothing.
     *
     * @throws StayChangeRefusedException when the status forbids it
     */
    void checkRoomTypeChange(UUID orderId, LocalDate today, Long expectedVersion);

    /**
     * Before nights are added to the order's stay and charged (decision record 52): decided against its reservation
     * under a row lock, in the caller's transaction — whether its status allows the new dates (the rule of
     * {@link #changeStay}), and, when the stay holds a room, that room held for the nights added too (the room's rows
     * decide, as for an assignment). The reservation itself is not changed yet: {@link #changeStay} does that once
     * the nights are paid, {@link #releaseNightsAdded} undoes this when they are not.
     *
     * @throws StayChangeRefusedException when its status forbids the change, or the hotel has no reservation yet
     * @throws gotohotel.backend.rooms.RoomTakenException when another stay holds the room on a night added
     */
    void holdNightsAdded(UUID orderId, LocalDate checkIn, LocalDate checkOut, LocalDate today, String by,
                         Long expectedVersion);

    /** The stay's room lets go of the nights outside {@code checkIn} – {@code checkOut} (the nights added, unpaid). */
    void releaseNightsAdded(UUID orderId, LocalDate checkIn, LocalDate checkOut);

    /** Guests still checked in whose check-out day is {@code date} or earlier (never checked out automatically). */
    List<ReservationView> dueOuts(LocalDate date);
}
