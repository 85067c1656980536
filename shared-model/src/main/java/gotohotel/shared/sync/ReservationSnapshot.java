package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A reservation as the desk caches it; {@code version} (the server's) decides what is newer.
 *
 * @param rooms the rooms assigned to the stay, in the order of its nights (more than one after a room move);
 *              empty when none is assigned (and from servers without rooms)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationSnapshot(UUID reservationId, UUID orderId, String status, long version, String guestName,
                                  String phone, String roomType, LocalDate checkIn, LocalDate checkOut,
                                  int guestCount, BigDecimal amount, String currency, Instant updatedAt,
                                  String lastChangedBy, @JsonInclude(JsonInclude.Include.NON_EMPTY)
                                  List<AssignedRoom> rooms) {

    public ReservationSnapshot {
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    /** A reservation with no room assigned. */
    public ReservationSnapshot(UUID reservationId, UUID orderId, String status, long version, String guestName,
                               String phone, String roomType, LocalDate checkIn, LocalDate checkOut, int guestCount,
                               BigDecimal amount, String currency, Instant updatedAt, String lastChangedBy) {
        this(reservationId, orderId, status, version, guestName, phone, roomType, checkIn, checkOut, guestCount,
                amount, currency, updatedAt, lastChangedBy, List.of());
    }

    /** The room the stay holds on that night, or null. */
    public String roomOn(LocalDate night) {
        return rooms.stream().filter(room -> !night.isBefore(room.from()) && night.isBefore(room.until()))
                .map(AssignedRoom::number).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "ReservationSnapshot[" + reservationId + " " + status + " v" + version + "]";
    }
}
