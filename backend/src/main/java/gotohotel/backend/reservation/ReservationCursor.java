package gotohotel.backend.reservation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the staff listing ended: the sort key of its last reservation. Sent to clients as an
 * opaque URL-safe token.
 */
record ReservationCursor(LocalDate checkIn, Instant createdAt, UUID id) {

    String token() {
        String plain = checkIn + "|" + createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #token()} */
    static ReservationCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("Not a reservation cursor");
            }
            var checkIn = LocalDate.parse(parts[0]);
            if (checkIn.getYear() < 1900 || checkIn.getYear() > 9999) {
                throw new IllegalArgumentException("Not a reservation cursor");
            }
            return new ReservationCursor(checkIn, Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("Not a reservation cursor", malformed);
        }
    }
}
