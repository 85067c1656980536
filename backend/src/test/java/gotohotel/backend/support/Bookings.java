package gotohotel.backend.support;

import gotohotel.shared.api.PlaceOrderRequest;
import gotohotel.shared.api.PlaceOrderRequest.CardDetails;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Booking request bodies for tests; every stay is on its own dates so tests never share nights. */
public final class Bookings {

    public static final String APPROVED_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";
    private static final AtomicInteger NEXT_OFFSET = new AtomicInteger(10);

    private Bookings() {
    }

    /** A two-night stay starting on dates no other test in this JVM uses. */
    public static LocalDate[] freshStay() {
        LocalDate checkIn = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(NEXT_OFFSET.getAndAdd(2));
        return new LocalDate[] {checkIn, checkIn.plusDays(2)};
    }

    public static Map<String, Object> request(String roomType, LocalDate[] stay, String cardNumber) {
        var body = new LinkedHashMap<String, Object>();
        body.put("guestName", "Kim Minji");
        body.put("phone", "010-1234-5678");
        body.put("email", "minji@example.com");
        body.put("roomType", roomType);
        body.put("checkIn", stay[0].toString());
        body.put("checkOut", stay[1].toString());
        body.put("guestCount", 2);
        body.put("card", Map.of("number", cardNumber, "expiry", "12/30", "cvc", "123"));
        return body;
    }

    public static Map<String, Object> request(String roomType) {
        return request(roomType, freshStay(), APPROVED_CARD);
    }

    /** The same booking as {@link #request(String)}, as the shared-model record a {@code GuestClient} sends. */
    public static PlaceOrderRequest order(String roomType) {
        LocalDate[] stay = freshStay();
        return new PlaceOrderRequest("Kim Minji", "010-1234-5678", "minji@example.com", roomType, stay[0], stay[1], 2,
                new CardDetails(APPROVED_CARD, "12/30", "123"));
    }
}
