package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.shared.api.AvailabilityView;
import gotohotel.shared.api.DeskBookingRequest;
import gotohotel.shared.api.OrderView;
import gotohotel.shared.api.PlaceOrderRequest;
import gotohotel.shared.api.RoomTypeChangeRequest;
import gotohotel.shared.api.StayChangeRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bookings for guests over the current connection; the card's details go to the server once and are not kept. */
final class OnlineGuestBookings implements GuestBookings {

    private static final Logger log = LoggerFactory.getLogger(OnlineGuestBookings.class);

    /** How often a walk-in's reservation is looked for in the store while it is awaited. */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(200);

    private final ManagerRequests requests;
    private final DeskStore store;
    private final BookingService decisions;

    OnlineGuestBookings(Supplier<Optional<Connection>> current, DeskStore store, BookingService decisions) {
        this.requests = new ManagerRequests(current);
        this.store = store;
        this.decisions = decisions;
    }

    @Override
    public List<RoomOffer> offers(LocalDate checkIn, LocalDate checkOut, int guests) {
        return requests.send(s -> s.link().availability(checkIn, checkOut, guests)).stream()
                .map(OnlineGuestBookings::offer).toList();
    }

    @Override
    public BookedForGuest book(CounterBooking booking, UUID attempt) {
        var payment = booking.payment() instanceof CounterBooking.ByCard card
                ? new DeskBookingRequest.DeskPayment(DeskBookingRequest.Method.CARD,
                        new PlaceOrderRequest.CardDetails(card.number(), card.expiry(), card.cvc()), null)
                : new DeskBookingRequest.DeskPayment(DeskBookingRequest.Method.COUNTER, null,
                        ((CounterBooking.AtCounter) booking.payment()).reference());
        var request = new DeskBookingRequest(booking.guestName(), booking.phone(), booking.email(), booking.roomType(),
                booking.checkIn(), booking.checkOut(), booking.guests(), payment);
        OrderView order = requests.send(s -> s.link().book(s.session(), request, "desk-" + attempt));
        log.info("Booked order {} at the desk ({})", order.orderId(), booking);
        return new BookedForGuest(order.orderId(), order.accessToken(), order.roomType(), order.checkIn(),
                order.checkOut(), order.totalPrice(), order.currency(),
                order.payment() == null ? null : order.payment().cardLast4());
    }

    @Override
    public Optional<DeskBooking> arrived(UUID orderId) {
        return store.reservationOfOrder(orderId).map(r -> DeskBookings.booking(r, new HashMap<>()));
    }

    @Override
    public Optional<DeskBooking> checkInOnArrival(UUID orderId, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        var arrived = arrived(orderId);
        while (arrived.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(LOOK_AGAIN.toNanos());   // the feed's next page brings it, usually within a second
            arrived = arrived(orderId);
        }
        if (arrived.isEmpty()) {
            log.warn("Order {} did not reach this desk within {}; not checked in", orderId, patience);
            return arrived;
        }
        UUID reservation = arrived.get().id();
        decisions.decide(reservation, Decision.CONFIRM, null);
        return Optional.of(decisions.decide(reservation, Decision.CHECK_IN, null));
    }

    @Override
    public void changeStay(UUID reservationId, LocalDate checkIn, LocalDate checkOut, CounterBooking.ByCard card) {
        var change = new StayChangeRequest(checkIn, checkOut, null, card == null ? null
                : new PlaceOrderRequest.CardDetails(card.number(), card.expiry(), card.cvc()));
        requests.send(s -> s.link().changeStay(s.session(), reservationId, change));
        log.info("Changed the stay of reservation {} to {} – {}", reservationId, checkIn, checkOut);
    }

    @Override
    public void changeRoomType(UUID reservationId, String roomType, CounterBooking.ByCard card) {
        var change = new RoomTypeChangeRequest(roomType, null, card == null ? null
                : new PlaceOrderRequest.CardDetails(card.number(), card.expiry(), card.cvc()));
        requests.send(s -> s.link().changeRoomType(s.session(), reservationId, change));
        log.info("Changed the room type of reservation {} to {}", reservationId, roomType);
    }

    private static RoomOffer offer(AvailabilityView view) {
        return new RoomOffer(view.roomType(), view.available(), view.totalPrice(), view.currency());
    }
}
