package gotohotel.desk.service;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A stay in a room for the nights {@code from} to {@code until} (one per room after a move), or in no room yet
 * ({@code room} null: its whole stay); {@code waiting} while a room command of this desk is not answered.
 */
public record RoomStay(UUID bookingId, String guestName, String status, String roomType, LocalDate checkIn,
                       LocalDate checkOut, String room, LocalDate from, LocalDate until, boolean waiting) {

    public boolean on(LocalDate night) {
        return !night.isBefore(from) && night.isBefore(until);
    }
}
