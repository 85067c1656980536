package gotohotel.shared.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The hotel's reservation as the front desk sees it. */
public record ReservationView(UUID reservationId, UUID orderId, String status, long version, String guestName,
                              String roomType, LocalDate checkIn, LocalDate checkOut, int guestCount,
                              Instant updatedAt) {
}
