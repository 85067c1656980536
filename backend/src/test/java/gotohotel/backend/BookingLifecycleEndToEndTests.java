package gotohotel.backend;

import static gotohotel.backend.support.Bookings.DECLINED_CARD;
import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The guest's and the hotel's flows over real HTTP, with events through the embedded Kafka broker. */
class BookingLifecycleEndToEndTests extends EndToEndTest {

    @Test
    void paidOrderBecomesAReservationThatStaffConfirm() {
        var placed = api.post("/api/orders", request("DELUXE"), null);

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().get("status").asString()).isEqualTo("PAID");
        assertThat(placed.body().get("totalPrice").decimalValue()).isEqualByComparingTo("360000");
        assertThat(placed.body().get("payment").get("cardLast4").asString()).isEqualTo("4242");
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();

        String reservationId = awaitReservation(orderId, "PENDING_CONFIRMATION");
        var confirmed = api.post("/api/staff/reservations/" + reservationId + "/confirm", null, staffToken());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("status").asString()).isEqualTo("CONFIRMED");

        awaitOrderStatus(orderId, token, "CONFIRMED");
    }

    @Test
    void declinedCardGets402AndNeverReachesTheHotel() {
        var stay = freshStay();
        var declined = api.post("/api/orders", request("SUITE", stay, DECLINED_CARD), null);

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.contentType()).startsWith("application/problem+json");
        assertThat(declined.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:payment-declined");
        var availability = api.get("/api/availability?checkIn=" + stay[0] + "&checkOut=" + stay[1] + "&guests=2", null);
        assertThat(availableOf(availability, "SUITE")).isEqualTo(2);
        // the guest is still told: PaymentDeclined carries the booking now that no OrderPlaced comes first (record 55)
        String declinedOrder = declined.body().get("detail").asString().replaceAll(".*for order ([0-9a-f-]{36}).*", "$1");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("""
                SELECT n.status FROM notification n JOIN notification_recipient r ON r.order_id = n.order_id
                WHERE n.order_id = ?::uuid AND n.announces = 'PAYMENT_DECLINED'""", String.class, declinedOrder),
                statuses -> statuses.equals(java.util.List.of("SENT")));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("""
                SELECT m.guest_name FROM mypage m, mypage_generation g WHERE g.id = 1 AND m.generation = g.live
                    AND m.order_id = ?::uuid""", String.class, declinedOrder),
                names -> names.equals(java.util.List.of("Kim Minji")));

        var paid = api.post("/api/orders", request("SUITE", stay, "4242424242424242"), null);
        String paidOrder = paid.body().get("orderId").asString();
        awaitReservation(paidOrder, "PENDING_CONFIRMATION");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reservation r JOIN orders o ON o.id = r.order_id "
                + "WHERE o.status = 'PAYMENT_DECLINED'", Integer.class)).isZero();
    }

    @Test
    void cancellationRefundsAndCancelsTheReservation() {
        var placed = api.post("/api/orders", request("STANDARD"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        awaitReservation(orderId, "PENDING_CONFIRMATION");

        var cancelled = api.post("/api/orders/" + orderId + "/cancel", null, token);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.body().get("payment").get("status").asString()).isEqualTo("REFUNDED");
        assertThat(cancelled.body().get("payment").get("refundedAmount").decimalValue()).isEqualByComparingTo("240000");
        awaitReservation(orderId, "CANCELLED");
    }

    @Test
    void hotelRejectionRefundsTheGuestInFull() {
        var placed = api.post("/api/orders", request("FAMILY"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        String reservationId = awaitReservation(orderId, "PENDING_CONFIRMATION");

        var rejected = api.post("/api/staff/reservations/" + reservationId + "/reject",
                Map.of("reason", "Family rooms closed for renovation"), staffToken());

        assertThat(rejected.status()).isEqualTo(200);
        var order = awaitOrderStatus(orderId, token, "REJECTED");
        assertThat(order.body().get("payment").get("status").asString()).isEqualTo("REFUNDED");
        assertThat(order.body().get("payment").get("refundedAmount").decimalValue()).isEqualByComparingTo("520000");
    }

    @Test
    void guestStaysFromCheckInToCheckOutAndIllegalStepsAreRefused() {
        var placed = api.post("/api/orders", request("DELUXE"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        String reservationId = awaitReservation(orderId, "PENDING_CONFIRMATION");
        String staff = staffToken();
        String base = "/api/staff/reservations/" + reservationId;

        var early = api.post(base + "/check-in", null, staff);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("detail").asString()).contains("PENDING_CONFIRMATION");

        api.post(base + "/confirm", null, staff);
        var withoutARoom = api.post(base + "/check-in", null, staff);
        assertThat(withoutARoom.status()).isEqualTo(409);
        assertThat(withoutARoom.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:room-required");
        assignRoom(reservationId, staff);
        assertThat(api.post(base + "/check-in", null, staff).status()).isEqualTo(200);
        awaitOrderStatus(orderId, token, "CHECKED_IN");
        assertThat(api.post("/api/orders/" + orderId + "/cancel", null, token).status()).isEqualTo(409);
        assertThat(api.post(base + "/check-out", null, staff).status()).isEqualTo(200);
        awaitOrderStatus(orderId, token, "CHECKED_OUT");
        assertThat(api.post(base + "/confirm", null, staff).body().get("detail").asString()).contains("CHECKED_OUT");
    }

    @Test
    void aGuestSeesOnlyTheirOwnOrder() {
        var mine = api.post("/api/orders", request("STANDARD"), null);
        var theirs = api.post("/api/orders", request("STANDARD"), null);
        String theirId = theirs.body().get("orderId").asString();

        assertThat(api.get("/api/orders/" + theirId, mine.body().get("accessToken").asString()).status()).isEqualTo(404);
        assertThat(api.get("/api/orders/" + theirId, null).status()).isEqualTo(404);
        assertThat(api.post("/api/orders/" + theirId + "/cancel", null, mine.body().get("accessToken").asString())
                .status()).isEqualTo(404);
        var own = api.get("/api/orders/" + theirId, theirs.body().get("accessToken").asString());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().has("accessToken") && !own.body().get("accessToken").isNull()).isFalse();
    }

    @Test
    void staffApiNeedsAValidToken() {
        assertThat(api.get("/api/staff/reservations", null).status()).isEqualTo(401);
        assertThat(api.get("/api/staff/reservations", "not-a-token").status()).isEqualTo(401);
        var wrong = api.post("/api/staff/login", Map.of("username", "admin", "password", "guess"), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/staff/reservations?status=CONFIRMED", staffToken()).status()).isEqualTo(200);
    }

    @Test
    void anExpiredStaffTokenIsRefused() throws Exception {
        String token = "expired-token-" + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("INSERT INTO staff_token (token_hash, username, expires_at) VALUES (?, 'admin', ?)", hash,
                Timestamp.from(Instant.now().minusSeconds(60)));

        assertThat(api.get("/api/staff/reservations", token).status()).isEqualTo(401);
    }

    private String awaitReservation(String orderId, String status) {
        String staff = staffToken();
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            var list = api.getAllPages("/api/staff/reservations", staff);
            for (var reservation : list) {
                if (reservation.get("orderId").asString().equals(orderId)
                        && reservation.get("status").asString().equals(status)) {
                    return reservation.get("reservationId").asString();
                }
            }
            return null;
        }, id -> id != null);
    }

    private Response awaitOrderStatus(String orderId, String token, String status) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/orders/" + orderId, token),
                order -> status.equals(order.body().get("status").asString()));
    }

    private static int availableOf(Response availability, String roomType) {
        for (var row : availability.body()) {
            if (row.get("roomType").asString().equals(roomType)) {
                return row.get("available").asInt();
            }
        }
        throw new AssertionError("no " + roomType + " in " + availability.text());
    }
}
