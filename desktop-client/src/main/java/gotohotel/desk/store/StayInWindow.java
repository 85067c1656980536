package gotohotel.desk.store;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stay that holds a room type in a window of nights, as the desk shows it: in {@code room} for the nights
 * {@code from} to {@code until} (one line per room after a move), or in no room yet ({@code room} null, its whole
 * stay); {@code waiting} while a room command of this desk is not answered.
 */
public record StayInWindow(UUID reservationId, String guestName, String status, String roomType, LocalDate checkIn,
                           LocalDate checkOut, String room, LocalDate from, LocalDate until, boolean waiting) {
}
