package gotohotel.backend.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Who a notification goes to and what they booked, learnt from the events that carry it. */
record Recipient(UUID orderId, String guestName, String phone, String roomType, LocalDate checkIn,
                 LocalDate checkOut, BigDecimal totalPrice, String currency) {

    @Override
    public String toString() {
        return "Recipient[" + orderId + "]";
    }
}
