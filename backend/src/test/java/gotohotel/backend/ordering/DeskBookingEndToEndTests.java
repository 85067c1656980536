package gotohotel.backend.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Bookings;
import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bookings made at the desk over real HTTP (issue 20, decision record 49): by card through the same provider as a
 * guest's order, or paid at the counter without the provider, each answered with the guest's access token once; the
 * stay booked, the guest's page and messages as for any order; the counter's refunds owed at the counter.
 */
class DeskBookingEndToEndTests extends EndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private String reception;

    @BeforeEach
    void signIn() {
        staffAccount("desk-kim", "Receptionist Kim", "RECEPTIONIST");
        reception = tokenOf("desk-kim", STAFF_PASSWORD);
    }

    @Test
    void aWalkInPaysByCardThroughTheProviderAndGetsTheSamePageAndMessagesAsAGuest() {
        var stay = Bookings.freshStay();
        var answer = api.post("/api/staff/bookings", booking("DELUXE", stay, card(Bookings.APPROVED_CARD)), reception,
                Map.of("Idempotency-Key", "desk-" + UUID.randomUUID()));

        assertThat(answer.status()).isEqualTo(201);
        var order = answer.body();
        String orderId = order.get("orderId").asString();
        String token = order.get("accessToken").asString();
        assertThat(answer.header("Location")).isEqualTo("/api/orders/" + orderId);
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.get("payment").get("method").asString()).isEqualTo("CARD");
        assertThat(order.get("payment").get("cardLast4").asString()).isEqualTo("4242");
        assertThat(order.get("totalPrice").decimalValue()).isEqualByComparingTo("360000");
        assertThat(jdbc.queryForObject("SELECT booked_by FROM orders WHERE id = ?::uuid", String.class, orderId))
                .isEqualTo("desk-kim");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_simulated_ledger WHERE order_id = ?::uuid "
                + "AND kind = 'AUTHORIZATION'", Integer.class, orderId)).as("the provider was asked").isEqualTo(1);

        String reservation = reservationOf(orderId);
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class,
                reservation)).isEqualTo("PENDING_CONFIRMATION");
        var page = await("the guest's page with the paid message").atMost(PATIENCE).until(
                () -> api.get("/api/mypages/" + orderId, token), got -> got.status() == 200
                        && got.body().get("messages").size() > 0).body();
        assertThat(page.get("messages").get(0).get("text").asString()).contains("Kim Minji");
        assertThat(api.get("/api/orders/" + orderId, token).body().get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void moneyTakenAtTheCounterNeverReachesTheProviderAndIsOwedBackThereOnCancellation() {
        var stay = Bookings.freshStay();
        var answer = api.post("/api/staff/bookings", booking("STANDARD", stay, counter("CASH 0042")), reception);

        assertThat(answer.status()).isEqualTo(201);
        String orderId = answer.body().get("orderId").asString();
        String token = answer.body().get("accessToken").asString();
        var payment = answer.body().get("payment");
        assertThat(payment.get("method").asString()).isEqualTo("COUNTER");
        assertThat(payment.get("cardLast4") == null || payment.get("cardLast4").isNull()).as("no card").isTrue();
        assertThat(payment.get("status").asString()).isEqualTo("APPROVED");
        assertThat(jdbc.queryForMap("SELECT taken_by, provider_reference FROM payment WHERE order_id = ?::uuid",
                orderId)).containsEntry("taken_by", "desk-kim").containsEntry("provider_reference", "CASH 0042");
        String reservation = reservationOf(orderId);
        assertThat(reservation).isNotNull();

        var cancelled = api.post("/api/orders/" + orderId + "/cancel", null, token);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("payment").get("status").asString()).as("owed, not yet handed back")
                .isEqualTo("REFUND_PENDING");
        assertThat(jdbc.queryForMap("SELECT status, amount FROM payment_refund WHERE order_id = ?::uuid", orderId))
                .containsEntry("status", "AT_COUNTER").hasEntrySatisfying("amount", amount ->
                        assertThat((java.math.BigDecimal) amount).isEqualByComparingTo("240000"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_simulated_ledger WHERE order_id = ?::uuid",
                Integer.class, orderId)).as("the provider never heard of it").isZero();
    }

    @Test
    void aRepeatedRequestWithItsKeyIsTheSameBookingNotASecondOne() {
        var stay = Bookings.freshStay();
        var body = booking("STANDARD", stay, counter("TERMINAL 77121"));
        String key = "desk-" + UUID.randomUUID();

        var first = api.post("/api/staff/bookings", body, reception, Map.of("Idempotency-Key", key));
        var again = api.post("/api/staff/bookings", body, reception, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("orderId").asString()).isEqualTo(first.body().get("orderId").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE check_in = ? AND room_type = 'STANDARD' "
                + "AND booked_by = 'desk-kim'", Integer.class, stay[0])).isEqualTo(1);
    }

    @Test
    void refusalsAreProblemsAndHoldNothing() {
        var stay = Bookings.freshStay();
        int heldBefore = held(stay[0]);

        var housekeeping = api.post("/api/staff/bookings", booking("STANDARD", stay, counter("CASH 1")),
                tokenOf(staffAccount("hk-lee", "Housekeeper Lee", "HOUSEKEEPING"), STAFF_PASSWORD));
        assertThat(housekeeping.status()).isEqualTo(403);
        assertThat(housekeeping.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:reception-only");

        assertThat(api.post("/api/staff/bookings", booking("STANDARD", stay, counter("CASH 1")), null).status())
                .isEqualTo(401);

        var noPayment = api.post("/api/staff/bookings", booking("STANDARD", stay, null), reception);
        assertThat(noPayment.status()).isEqualTo(400);
        assertThat(noPayment.text()).contains("payment.method");

        var noReference = api.post("/api/staff/bookings", booking("STANDARD", stay, counter("  ")), reception);
        assertThat(noReference.status()).isEqualTo(400);
        assertThat(noReference.text()).contains("payment.reference");

        var badGuest = booking("STANDARD", stay, counter("CASH 1"));
        badGuest.put("phone", "not a phone");
        assertThat(api.post("/api/staff/bookings", badGuest, reception).status()).isEqualTo(400);

        var declined = api.post("/api/staff/bookings", booking("STANDARD", stay, card(Bookings.DECLINED_CARD)),
                reception);
        assertThat(declined.status()).isEqualTo(402);

        assertThat(held(stay[0])).as("nothing held by a refused booking").isEqualTo(heldBefore);
    }

    private int held(LocalDate night) {
        return jdbc.queryForObject("SELECT held FROM room_night WHERE room_type = 'STANDARD' AND night = ?",
                Integer.class, night);
    }

    private static Map<String, Object> booking(String roomType, LocalDate[] stay, Map<String, Object> payment) {
        var body = new LinkedHashMap<String, Object>();
        body.put("guestName", "Kim Minji");
        body.put("phone", "010-1234-5678");
        body.put("roomType", roomType);
        body.put("checkIn", stay[0].toString());
        body.put("checkOut", stay[1].toString());
        body.put("guestCount", 1);
        if (payment != null) {
            body.put("payment", payment);
        }
        return body;
    }

    private static Map<String, Object> card(String number) {
        return Map.of("method", "CARD", "card", Map.of("number", number, "expiry", "12/30", "cvc", "123"));
    }

    private static Map<String, Object> counter(String reference) {
        return Map.of("method", "COUNTER", "reference", reference);
    }
}
