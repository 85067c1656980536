package gotohotel.shared.sync;

import java.time.LocalDate;

/** The room a stay holds for the nights {@code from} (inclusive) to {@code until} (exclusive). */
public record AssignedRoom(String number, LocalDate from, LocalDate until) {
}
