package gotohotel.shared.api;

import java.time.LocalDate;

/** Takes a room off sale for the nights {@code from} (inclusive) to {@code until} (exclusive). */
public record OutOfOrderRequest(LocalDate from, LocalDate until, String reason) {
}
