package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reservation as the desk caches it; {@code version} (the server's) decides what is newer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationSnapshot(UUID reservationId, UUID orderId, String status, long version, String guestName,
                                  String phone, String roomType, LocalDate checkIn, LocalDate checkOut,
                                  int guestCount, BigDecimal amount, String currency, Instant updatedAt,
                                  String lastChangedBy) {

    @Override
    public String toString() {
        return "ReservationSnapshot[" + reservationId + " " + status + " v" + version + "]";
    }
}
