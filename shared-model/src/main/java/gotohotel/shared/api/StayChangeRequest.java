package gotohotel.shared.api;

import java.time.LocalDate;

/**
 * New dates for a booking (decision record 52): the nights from {@code checkIn} up to {@code checkOut}. Staff may send
 * the reservation {@code expectedVersion} they saw (a change moves money: a stale one is refused); guests send none.
 * A change that adds nights is paid with {@code card} (charged for the nights added, never stored); a shorter stay
 * needs none.
 */
public record StayChangeRequest(LocalDate checkIn, LocalDate checkOut, Long expectedVersion,
                                PlaceOrderRequest.CardDetails card) {

    /** New dates that add no night: no card. */
    public StayChangeRequest(LocalDate checkIn, LocalDate checkOut, Long expectedVersion) {
        this(checkIn, checkOut, expectedVersion, null);
    }
}
