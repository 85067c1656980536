package gotohotel.backend.notification;

import java.util.Map;
import java.util.UUID;

/**
 * A rendered message for one guest.
 *
 * @param parameters the template variables (guestName, roomType, checkIn, checkOut, amount, orderId, reason)
 */
record OutgoingMessage(UUID notificationId, UUID orderId, Announcement announces, String phone, String text,
                       Map<String, String> parameters) {

    @Override
    public String toString() {
        return "OutgoingMessage[" + notificationId + ", " + announces + "]";
    }
}
