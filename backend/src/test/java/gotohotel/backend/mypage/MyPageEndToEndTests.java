package gotohotel.backend.mypage;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

/** My page follows the booking from Kafka events only, with a message for every status change. */
class MyPageEndToEndTests extends EndToEndTest {

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void confirmedBookingShowsItsHistoryAndTwoMessages() {
        var placed = api.post("/api/orders", request("DELUXE"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        String reservationId = awaitReservation(orderId);

        api.post("/api/staff/reservations/" + reservationId + "/confirm", null, staffToken());

        var page = awaitMyPage(orderId, token, view -> "CONFIRMED".equals(text(view, "status"))
                && view.get("messages").size() == 2
                && statuses(view.get("messages")).equals(List.of("SENT", "SENT")));
        assertThat(statuses(page.get("history"))).containsExactly("PAID", "CONFIRMED");
        assertThat(text(page, "paymentStatus")).isEqualTo("APPROVED");
        assertThat(text(page, "reservationStatus")).isEqualTo("CONFIRMED");
        assertThat(text(page, "roomType")).isEqualTo("DELUXE");
        assertThat(page.get("totalPrice").decimalValue()).isEqualByComparingTo("360000");
        assertThat(page.get("messages").get(0).get("channel").asString()).isEqualTo("log");
        assertThat(page.get("messages").get(0).get("text").asString()).contains("Kim Minji", "360,000");
        assertThat(page.get("messages").get(1).get("text").asString()).contains("확정");
    }

    @Test
    void cancelledBookingShowsTheRefundMessage() {
        var placed = api.post("/api/orders", request("STANDARD"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        awaitMyPage(orderId, token, view -> "PAID".equals(text(view, "status")));

        api.post("/api/orders/" + orderId + "/cancel", null, token);

        var page = awaitMyPage(orderId, token, view -> "CANCELLED".equals(text(view, "status"))
                && "CANCELLED".equals(text(view, "reservationStatus")) && view.get("messages").size() == 2);
        assertThat(text(page, "paymentStatus")).isEqualTo("REFUNDED");
        assertThat(page.get("refundedAmount").decimalValue()).isEqualByComparingTo("240000");
        assertThat(statuses(page.get("history"))).containsExactly("PAID", "CANCELLED");
        assertThat(page.get("messages").get(1).get("text").asString()).contains("취소", "240,000");
    }

    @Test
    void anotherOrdersTokenSeesNothing() {
        var mine = api.post("/api/orders", request("STANDARD"), null);
        var theirs = api.post("/api/orders", request("STANDARD"), null);
        String theirId = theirs.body().get("orderId").asString();
        awaitMyPage(theirId, theirs.body().get("accessToken").asString(), view -> true);

        assertThat(api.get("/api/mypages/" + theirId, mine.body().get("accessToken").asString()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/mypages/" + theirId, null).status()).isEqualTo(404);
    }

    @Test
    void bookingsCarryOnWhileMyPageIsDownAndItCatchesUpAfter() {
        listeners.getListenerContainer("mypage").stop();
        List<String[]> orders = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                var placed = api.post("/api/orders", request("DELUXE"), null);
                assertThat(placed.status()).isEqualTo(201);
                orders.add(new String[] {placed.body().get("orderId").asString(),
                        placed.body().get("accessToken").asString()});
            }
        } finally {
            listeners.getListenerContainer("mypage").start();
        }
        for (var order : orders) {
            var page = awaitMyPage(order[0], order[1], view -> "PAID".equals(text(view, "status"))
                    && "PENDING_CONFIRMATION".equals(text(view, "reservationStatus")));
            assertThat(statuses(page.get("history"))).containsExactly("PAID");
        }
    }

    @Test
    void rebuildingFromTheTopicsGivesTheSamePage() {
        var placed = api.post("/api/orders", request("FAMILY"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        String reservationId = awaitReservation(orderId);
        api.post("/api/staff/reservations/" + reservationId + "/reject", Map.of("reason", "maintenance"), staffToken());
        var before = awaitMyPage(orderId, token, view -> "REJECTED".equals(text(view, "status"))
                && "REFUNDED".equals(text(view, "paymentStatus")) && view.get("messages").size() == 2);

        assertThat(api.post("/api/staff/mypages/rebuild", null, staffToken()).status()).isEqualTo(202);

        var after = awaitMyPage(orderId, token, view -> view.equals(before));
        assertThat(after).isEqualTo(before);
    }

    private JsonNode awaitMyPage(String orderId, String token, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = api.get("/api/mypages/" + orderId, token);
            return response.status() == 200 ? response.body() : null;
        }, view -> view != null && ready.test(view));
    }

    private String awaitReservation(String orderId) {
        String staff = staffToken();
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (var reservation : api.getAllPages("/api/staff/reservations", staff)) {
                if (reservation.get("orderId").asString().equals(orderId)) {
                    return reservation.get("reservationId").asString();
                }
            }
            return null;
        }, id -> id != null);
    }

    private static String text(JsonNode view, String field) {
        return view.has(field) ? view.get(field).asString() : null;
    }

    private static List<String> statuses(JsonNode lines) {
        List<String> statuses = new ArrayList<>();
        lines.forEach(line -> statuses.add(line.get("status").asString()));
        return statuses;
    }
}
