package gotohotel.shared.api;

import java.time.LocalDate;

/**
 * New dates for a booking (decision record 52): the nights from {@code checkIn} up to {@code checkOut}. Staff may send
 * the reservation {@code expectedVersion} they saw (a change moves money: a stale one is refused); guests send none.
 */
public record StayChangeRequest(LocalDate checkIn, LocalDate checkOut, Long expectedVersion) {
}
