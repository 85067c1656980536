package gotohotel.backend.notification;

import gotohotel.shared.event.Booking;
import java.math.BigDecimal;
import java.util.UUID;

/** Who a notification goes to and what their booking is, learnt from the events that carry it. */
record Recipient(UUID orderId, Booking booking, BigDecimal totalPrice, String currency) {

    @Override
    public String toString() {
        return "Recipient[" + orderId + "]";
    }
}
