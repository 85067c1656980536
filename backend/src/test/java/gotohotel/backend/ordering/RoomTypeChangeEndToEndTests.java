package gotohotel.backend.ordering;

import static gotohotel.backend.support.Bookings.APPROVED_CARD;
import static gotohotel.backend.support.Bookings.DECLINED_CARD;
import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api;
import gotohotel.backend.support.EndToEndTest;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Another room type for a booking (issue 20 point 2, decision record 52), through real HTTP with the events on the
 * embedded Kafka: the inventory moves between the two types on every night, a cheaper type refunds the difference and a
 * dearer one charges it through the provider, my page and the guest's message follow, and only a booking not yet
 * arrived may change. STANDARD sells at 120,000 KRW a night, DELUXE at 180,000, SUITE (two rooms) at 450,000; each test
 * books nights no other test uses.
 */
class RoomTypeChangeEndToEndTests extends EndToEndTest {

    private record Booked(String orderId, String token, String reservationId, LocalDate checkIn, LocalDate checkOut) {
    }

    @Test
    void aCheaperTypeMovesEveryNightRefundsTheDifferenceInFullAndLetsTheRoomAssignedAheadGo() {
        String staff = staffToken();
        var booked = book("DELUXE", freshStay());
        confirm(booked, staff);
        assignRoom(booked.reservationId, staff);
        var deluxeBefore = held("DELUXE", booked);
        var standardBefore = held("STANDARD", booked);

        var changed = changeType(booked, "STANDARD", null, staff);

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.body().get("roomType").asString()).isEqualTo("STANDARD");
        assertThat(changed.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(held("DELUXE", booked)).isEqualTo(minus(deluxeBefore, 1));
        assertThat(held("STANDARD", booked)).isEqualTo(minus(standardBefore, -1));
        assertThat(jdbc.queryForObject("SELECT room_type FROM room_hold WHERE order_id = ?::uuid", String.class,
                booked.orderId)).isEqualTo("STANDARD");
        assertThat(roomNights(booked)).isEmpty();   // a room of the new type is assigned at arrival
        assertThat(lastHistoryLine(booked, staff).get("reason").asString())
                .contains("room type STANDARD", "was DELUXE", "let go");
        // 2 nights × (180,000 − 120,000) back at once, free cancellation or not: the guest still stays every night
        var order = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/orders/" + booked.orderId,
                booked.token).body(), view -> "REFUNDED".equals(view.get("payment").get("status").asString()));
        assertThat(order.get("roomType").asString()).isEqualTo("STANDARD");
        assertThat(order.get("totalPrice").decimalValue()).isEqualByComparingTo("240000");
        assertThat(order.get("payment").get("refundedAmount").decimalValue()).isEqualByComparingTo("120000");
        var page = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/mypages/" + booked.orderId, booked.token).body(),
                view -> "STANDARD".equals(view.get("roomType").asString())
                        && texts(view).stream().anyMatch(text -> text.contains("객실 유형이 STANDARD")));
        assertThat(page.get("totalPrice").decimalValue()).isEqualByComparingTo("240000");
        assertThat(texts(page)).anySatisfy(text -> assertThat(text).contains("차액 환불", "120,000"));

        // the same request again changes nothing; a later cancellation refunds the rest, every night back on sale
        var again = changeType(booked, "STANDARD", null, staff);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("version").asLong()).isEqualTo(changed.body().get("version").asLong());
        assertThat(api.post("/api/orders/" + booked.orderId + "/cancel", null, booked.token).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(booked), "360000"::equals);
        assertThat(held("DELUXE", booked)).isEqualTo(minus(deluxeBefore, 1));
        assertThat(held("STANDARD", booked)).isEqualTo(standardBefore);
    }

    @Test
    void aDearerTypeIsChargedTheDifferenceThroughTheProviderAndACancellationRefundsBothCharges() {
        String staff = staffToken();
        var booked = book("DELUXE", freshStay());
        var deluxeBefore = held("DELUXE", booked);
        var suiteBefore = held("SUITE", booked);

        var noCard = changeType(booked, "SUITE", null, staff);
        assertThat(noCard.status()).isEqualTo(400);
        assertThat(noCard.text()).contains("card");
        var changed = changeType(booked, "SUITE", APPROVED_CARD, staff);

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.body().get("roomType").asString()).isEqualTo("SUITE");
        assertThat(held("DELUXE", booked)).isEqualTo(minus(deluxeBefore, 1));
        assertThat(held("SUITE", booked)).isEqualTo(minus(suiteBefore, -1));
        // 2 nights × (450,000 − 180,000), under the change's own authorisation
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM payment_charge WHERE order_id = ?::uuid",
                java.math.BigDecimal.class, booked.orderId)).isEqualByComparingTo("540000");
        assertThat(jdbc.queryForObject("""
                SELECT status FROM order_stay_change WHERE order_id = ?::uuid""", String.class, booked.orderId))
                .isEqualTo("APPLIED");
        var order = api.get("/api/orders/" + booked.orderId, booked.token).body();
        assertThat(order.get("totalPrice").decimalValue()).isEqualByComparingTo("900000");
        var page = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/mypages/" + booked.orderId, booked.token).body(),
                view -> texts(view).stream().anyMatch(text -> text.contains("업그레이드")));
        assertThat(page.get("roomType").asString()).isEqualTo("SUITE");
        assertThat(texts(page)).anySatisfy(text -> assertThat(text).contains("SUITE", "540,000"));

        // cancelled while free: both the booking's charge and the difference come back, every night on sale again
        assertThat(api.post("/api/orders/" + booked.orderId + "/cancel", null, booked.token).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(booked), "900000"::equals);
        assertThat(held("DELUXE", booked)).isEqualTo(minus(deluxeBefore, 1));
        assertThat(held("SUITE", booked)).isEqualTo(suiteBefore);
    }

    @Test
    void aDeclinedCardOrASoldOutTypeChangesNothingAndChargesNothing() {
        String staff = staffToken();
        var stay = freshStay();
        var booked = book("DELUXE", stay);
        var deluxeBefore = held("DELUXE", booked);
        var suiteBefore = held("SUITE", booked);

        var declined = changeType(booked, "SUITE", DECLINED_CARD, staff);

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:payment-declined");
        assertThat(held("SUITE", booked)).isEqualTo(suiteBefore);
        assertThat(held("DELUXE", booked)).isEqualTo(deluxeBefore);
        assertThat(charges(booked)).isZero();

        // both suites sold on these nights: refused before any charge
        book("SUITE", stay);
        book("SUITE", stay);
        var soldOut = changeType(booked, "SUITE", APPROVED_CARD, staff);
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sold-out");
        assertThat(charges(booked)).isZero();
        assertThat(held("DELUXE", booked)).isEqualTo(deluxeBefore);
        assertThat(jdbc.queryForObject("SELECT room_type FROM orders WHERE id = ?::uuid", String.class,
                booked.orderId)).isEqualTo("DELUXE");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM order_stay_change WHERE order_id = ?::uuid AND status = 'PENDING'""",
                Integer.class, booked.orderId)).as("nothing left pending").isZero();
        assertThat(changeType(booked, "STANDARD", null, staff).status()).as("and a cheaper type still can be had")
                .isEqualTo(200);
    }

    @Test
    void onlyABookingNotYetArrivedChangesTypeAndBadRequestsAreRefused() {
        String staff = staffToken();
        var inHouse = book("DELUXE", freshStay());
        confirm(inHouse, staff);
        assignRoom(inHouse.reservationId, staff);
        assertThat(api.post("/api/staff/reservations/" + inHouse.reservationId + "/check-in", null, staff).status())
                .isEqualTo(200);
        var refused = changeType(inHouse, "STANDARD", null, staff);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:stay-change-refused");
        assertThat(refused.body().get("detail").asString()).contains("in house", "move them");

        var cancelled = book("DELUXE", freshStay());
        assertThat(api.post("/api/orders/" + cancelled.orderId + "/cancel", null, cancelled.token).status())
                .isEqualTo(200);
        var ended = changeType(cancelled, "STANDARD", null, staff);
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:stay-change-refused");

        var booked = book("DELUXE", freshStay());
        var unknown = changeType(booked, "PENTHOUSE", null, staff);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("roomType");
        var missing = api.put("/api/staff/reservations/" + booked.reservationId + "/room-type", Map.of(), staff);
        assertThat(missing.status()).isEqualTo(400);
        confirm(booked, staff);   // version 1: the version seen before it is stale
        var stale = api.put("/api/staff/reservations/" + booked.reservationId + "/room-type",
                Map.of("roomType", "STANDARD", "expectedVersion", 0), staff);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:concurrent-change");

        // four guests do not fit a twin
        var body = new LinkedHashMap<>(request("FAMILY", freshStay(), APPROVED_CARD));
        body.put("guestCount", 4);
        var placed = api.post("/api/orders", body, null);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String family = placed.body().get("orderId").asString();
        var tooSmall = api.put("/api/staff/reservations/" + reservationOf(family) + "/room-type",
                Map.of("roomType", "DELUXE"), staff);
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.text()).contains("sleeps 2");
        assertThat(jdbc.queryForObject("SELECT room_type FROM orders WHERE id = ?::uuid", String.class, family))
                .isEqualTo("FAMILY");
    }

    private Api.Response changeType(Booked booked, String roomType, String card, String staff) {
        var body = new LinkedHashMap<String, Object>();
        body.put("roomType", roomType);
        if (card != null) {
            body.put("card", Map.of("number", card, "expiry", "12/30", "cvc", "123"));
        }
        return api.put("/api/staff/reservations/" + booked.reservationId + "/room-type", body, staff);
    }

    private void confirm(Booked booked, String staff) {
        assertThat(api.post("/api/staff/reservations/" + booked.reservationId + "/confirm", null, staff).status())
                .isEqualTo(200);
    }

    private Booked book(String roomType, LocalDate[] stay) {
        var placed = api.post("/api/orders", request(roomType, stay, APPROVED_CARD), null);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        return new Booked(orderId, placed.body().get("accessToken").asString(), reservationOf(orderId), stay[0],
                stay[1]);
    }

    /** {@code held} per night of the stay for the room type. */
    private Map<LocalDate, Integer> held(String roomType, Booked booked) {
        var held = new HashMap<LocalDate, Integer>();
        for (LocalDate night = booked.checkIn; night.isBefore(booked.checkOut); night = night.plusDays(1)) {
            held.put(night, jdbc.queryForObject("SELECT held FROM room_night WHERE room_type = ? AND night = ?",
                    Integer.class, roomType, Date.valueOf(night)));
        }
        return held;
    }

    private static Map<LocalDate, Integer> minus(Map<LocalDate, Integer> held, int less) {
        var after = new HashMap<LocalDate, Integer>();
        held.forEach((night, count) -> after.put(night, count - less));
        return after;
    }

    private List<LocalDate> roomNights(Booked booked) {
        return jdbc.queryForList("SELECT night FROM room_stay_night WHERE reservation_id = ?::uuid ORDER BY night",
                Date.class, booked.reservationId).stream().map(Date::toLocalDate).toList();
    }

    private int charges(Booked booked) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment_charge WHERE order_id = ?::uuid", Integer.class,
                booked.orderId);
    }

    private String refunded(Booked booked) {
        return api.get("/api/orders/" + booked.orderId, booked.token).body().get("payment").get("refundedAmount")
                .decimalValue().stripTrailingZeros().toPlainString();
    }

    private JsonNode lastHistoryLine(Booked booked, String staff) {
        var history = api.get("/api/sync/reservations/" + booked.reservationId + "/history", staff).body();
        return history.get(history.size() - 1);
    }

    private static List<String> texts(JsonNode page) {
        var texts = new ArrayList<String>();
        page.get("messages").forEach(message -> texts.add(message.get("text").asString()));
        return texts;
    }
}
