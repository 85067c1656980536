package gotohotel.backend.reservation;

import gotohotel.shared.event.Booking;
import java.time.LocalDate;
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
}
