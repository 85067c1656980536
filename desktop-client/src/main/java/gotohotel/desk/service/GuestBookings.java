package gotohotel.desk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bookings reception makes at the desk for a guest at the counter or on the phone (online only: the server decides
 * what is left to sell). Blocking: call on a background thread. Every refusal is a
 * {@link StaffChangeRefusedException}.
 */
public interface GuestBookings {

    /** The room types free for every night of the stay, with the stay's price, in the server's order. */
    List<RoomOffer> offers(LocalDate checkIn, LocalDate checkOut, int guests);

    /**
     * Books and pays; the same {@code attempt} sent again (after an answer that never came) is the same booking.
     *
     * @param attempt one per booking form: the request's idempotency key
     */
    BookedForGuest book(CounterBooking booking, UUID attempt);

    /** The booking's reservation once the server's changes brought it to this desk (empty until then). */
    Optional<DeskBooking> arrived(UUID orderId);

    /**
     * A walk-in: waits up to {@code patience} for the booking's reservation to reach this desk, then confirms it and
     * checks the guest in (with the room the server suggests), as staff would with the two decisions.
     *
     * @return the reservation as this desk then shows it; empty when it did not arrive in time (nothing decided)
     * @throws DecisionRefusedException when a decision is not possible
     */
    Optional<DeskBooking> checkInOnArrival(UUID orderId, java.time.Duration patience);

    /**
     * New dates for a booking (decision 52): nights dropped are refunded by the booking's cancellation policy, nights
     * added are charged to {@code card} (null when none are added). The desk's copy follows through the feed.
     */
    void changeStay(UUID reservationId, LocalDate checkIn, LocalDate checkOut, CounterBooking.ByCard card);

    /**
     * Another room type for the whole stay of a booking not yet arrived (decision 52): a cheaper type refunds the
     * difference, a dearer one charges it to {@code card} (null when it costs no more). The desk's copy follows
     * through the feed.
     */
    void changeRoomType(UUID reservationId, String roomType, CounterBooking.ByCard card);
}
