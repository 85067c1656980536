package gotohotel.desk.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A booking made at the desk as the server took it. {@code accessToken} opens the guest's own page: the desk shows
 * it once, to hand over, and never keeps it.
 *
 * @param cardLast4 the card's last four digits; null when paid at the counter
 */
public record BookedForGuest(UUID orderId, String accessToken, String roomType, LocalDate checkIn, LocalDate checkOut,
                             BigDecimal total, String currency, String cardLast4) {

    @Override
    public String toString() {
        return "BookedForGuest[" + orderId + "]";
    }
}
