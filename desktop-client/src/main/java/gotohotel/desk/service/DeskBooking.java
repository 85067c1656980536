package gotohotel.desk.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reservation as the desk shows it: its status with this desk's queued decisions on top, and whether any
 * of them still waits for the server ({@code waiting}).
 */
public record DeskBooking(UUID id, UUID orderId, String guestName, String phone, String roomType, LocalDate checkIn,
                      LocalDate checkOut, int guestCount, String status, BigDecimal amount, String currency,
                      boolean waiting, String lastChangedBy, Instant updatedAt) {

    public long nights() {
        return checkIn == null || checkOut == null ? 0 : checkOut.toEpochDay() - checkIn.toEpochDay();
    }

    /** The same booking after a decision taken here, before the store confirmed it (optimistic). */
    public DeskBooking after(Decision decision) {
        return new DeskBooking(id, orderId, guestName, phone, roomType, checkIn, checkOut, guestCount,
                decision.next(), amount, currency, true, lastChangedBy, updatedAt);
    }
}
