package gotohotel.backend.ordering;

import static gotohotel.backend.support.Bookings.APPROVED_CARD;
import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api;
import gotohotel.backend.support.EndToEndTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Changing a stay (issue 20 point 2, decision record 52) through real HTTP with the events on the embedded Kafka: the
 * nights dropped are refunded by the order's snapshotted policy and go back on sale together with the room's nights,
 * my page and the guest's message follow, the status decides what may change, and an early check-out no longer keeps
 * the type's nights held. DELUXE sells at 180,000 KRW a night; each test books nights no other test uses.
 */
class StayChangeEndToEndTests extends EndToEndTest {

    private static final String NIGHT = "180000";

    private record Booked(String orderId, String token, String reservationId, LocalDate checkIn, LocalDate checkOut) {
    }

    @Test
    void staffShortenAConfirmedStayRefundingTheNightsDroppedAndPuttingThemBackOnSale() {
        String staff = staffToken();
        var booked = book(3);
        confirm(booked, staff);
        String room = assignRoom(booked.reservationId, staff);
        LocalDate dropped = booked.checkOut.minusDays(1);
        var heldBefore = held(booked.checkIn, booked.checkOut);

        var changed = api.put("/api/staff/reservations/" + booked.reservationId + "/stay",
                Map.of("checkIn", booked.checkIn.toString(), "checkOut", dropped.toString()), staff);

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.body().get("checkOut").asString()).isEqualTo(dropped.toString());
        assertThat(changed.body().get("status").asString()).isEqualTo("CONFIRMED");
        // the night dropped is on sale again, the others stay sold; the room lets go of it too
        var heldAfter = held(booked.checkIn, booked.checkOut);
        assertThat(heldAfter.get(dropped)).isEqualTo(heldBefore.get(dropped) - 1);
        assertThat(heldAfter.get(booked.checkIn)).isEqualTo(heldBefore.get(booked.checkIn));
        assertThat(heldAfter.get(booked.checkIn.plusDays(1))).isEqualTo(heldBefore.get(booked.checkIn.plusDays(1)));
        assertThat(roomNights(booked)).containsExactly(booked.checkIn, booked.checkIn.plusDays(1));
        assertThat(jdbc.queryForObject("SELECT check_out FROM room_hold WHERE order_id = ?::uuid", Date.class,
                booked.orderId).toLocalDate()).isEqualTo(dropped);
        // free cancellation still runs (check-in is more than 3 days ahead): the night is refunded in full
        var order = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/orders/" + booked.orderId,
                booked.token).body(), view -> "REFUNDED".equals(view.get("payment").get("status").asString()));
        assertThat(order.get("checkOut").asString()).isEqualTo(dropped.toString());
        assertThat(order.get("totalPrice").decimalValue()).isEqualByComparingTo("360000");
        assertThat(order.get("payment").get("refundedAmount").decimalValue()).isEqualByComparingTo(NIGHT);
        // the desks see the new dates, who changed them and what they were
        var last = lastHistoryLine(booked, staff);
        assertThat(last.get("action").asString()).isEqualTo("STAY_CHANGED");
        assertThat(last.get("staff").asString()).isEqualTo("admin");
        assertThat(last.get("reason").asString()).contains(dropped.toString(), "was", booked.checkOut.toString());
        // my page shows the new dates and price, and the guest's message says what was refunded
        var page = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/mypages/" + booked.orderId, booked.token).body(),
                view -> dropped.toString().equals(view.get("checkOut").asString())
                        && texts(view).stream().anyMatch(text -> text.contains("예약 일정이 변경")));
        assertThat(page.get("totalPrice").decimalValue()).isEqualByComparingTo("360000");
        assertThat(texts(page)).anySatisfy(text -> assertThat(text).contains("예약 일정이 변경", dropped.toString(),
                "180,000"));
        assertThat(room).isNotBlank();

        // the same request again changes nothing and refunds nothing more
        var again = api.put("/api/staff/reservations/" + booked.reservationId + "/stay",
                Map.of("checkIn", booked.checkIn.toString(), "checkOut", dropped.toString()), staff);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("version").asLong()).isEqualTo(changed.body().get("version").asLong());
        assertThat(refunds(booked)).isEqualTo(1);
        assertThat(held(booked.checkIn, booked.checkOut)).isEqualTo(heldAfter);
    }

    @Test
    void aGuestShortensTheirOwnStayWithTheirTokenAndNoOtherOrders() {
        var booked = book(3);
        var other = book(2);
        LocalDate laterArrival = booked.checkIn.plusDays(1);
        var heldBefore = held(booked.checkIn, booked.checkOut);
        var body = Map.of("checkIn", laterArrival.toString(), "checkOut", booked.checkOut.toString());

        assertThat(api.put("/api/orders/" + booked.orderId + "/stay", body, other.token).status()).isEqualTo(404);
        assertThat(api.put("/api/orders/" + booked.orderId + "/stay", body, null).status()).isIn(401, 404);
        var changed = api.put("/api/orders/" + booked.orderId + "/stay", body, booked.token);

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.body().get("checkIn").asString()).isEqualTo(laterArrival.toString());
        assertThat(changed.body().get("totalPrice").decimalValue()).isEqualByComparingTo("360000");
        var heldAfter = held(booked.checkIn, booked.checkOut);
        assertThat(heldAfter.get(booked.checkIn)).isEqualTo(heldBefore.get(booked.checkIn) - 1);
        assertThat(heldAfter.get(laterArrival)).isEqualTo(heldBefore.get(laterArrival));
        var order = await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/orders/" + booked.orderId,
                booked.token).body(), view -> "REFUNDED".equals(view.get("payment").get("status").asString()));
        assertThat(order.get("payment").get("refundedAmount").decimalValue()).isEqualByComparingTo(NIGHT);
        assertThat(jdbc.queryForObject("SELECT check_in FROM reservation WHERE id = ?::uuid", Date.class,
                booked.reservationId).toLocalDate()).isEqualTo(laterArrival);
        var last = lastHistoryLine(booked, staffToken());
        assertThat(last.get("staff").asString()).isEqualTo("guest");
        // the other guest's booking is untouched
        assertThat(api.get("/api/orders/" + other.orderId, other.token).body().get("checkIn").asString())
                .isEqualTo(other.checkIn.toString());
    }

    @Test
    void theStatusDecidesWhatMayChangeAndBadDatesAreRefused() {
        String staff = staffToken();
        var inHouse = book(3);
        confirm(inHouse, staff);
        assignRoom(inHouse.reservationId, staff);
        assertThat(api.post("/api/staff/reservations/" + inHouse.reservationId + "/check-in", null, staff).status())
                .isEqualTo(200);

        // in house: not the check-in day, only the nights ahead
        var arrivalMoved = changeByStaff(inHouse, inHouse.checkIn.plusDays(1), inHouse.checkOut, staff);
        assertThat(arrivalMoved.status()).isEqualTo(409);
        assertThat(arrivalMoved.contentType()).startsWith("application/problem+json");
        assertThat(arrivalMoved.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:stay-change-refused");
        assertThat(arrivalMoved.body().get("detail").asString()).contains("in house");
        var earlierDeparture = changeByStaff(inHouse, inHouse.checkIn, inHouse.checkOut.minusDays(1), staff);
        assertThat(earlierDeparture.status()).as(earlierDeparture.text()).isEqualTo(200);
        assertThat(earlierDeparture.body().get("status").asString()).isEqualTo("CHECKED_IN");
        // adding nights needs a card to pay them; adding some and dropping others is two steps: refused, nothing held
        var heldBefore = held(inHouse.checkIn, inHouse.checkOut.plusDays(1));
        var longer = changeByStaff(inHouse, inHouse.checkIn, inHouse.checkOut.plusDays(1), staff);
        assertThat(longer.status()).isEqualTo(400);
        assertThat(longer.body().get("errors").get(0).get("field").asString()).isEqualTo("card");
        var shifted = changeByStaff(inHouse, inHouse.checkIn.plusDays(1), inHouse.checkOut.plusDays(1), staff);
        assertThat(shifted.status()).isEqualTo(409);
        assertThat(held(inHouse.checkIn, inHouse.checkOut.plusDays(1))).isEqualTo(heldBefore);
        // a stale version is refused, nothing changed
        var stale = api.put("/api/staff/reservations/" + inHouse.reservationId + "/stay", Map.of("checkIn",
                inHouse.checkIn.toString(), "checkOut", inHouse.checkIn.plusDays(1).toString(), "expectedVersion", 1),
                staff);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:concurrent-change");
        // bad dates: 400 with the fields named
        var backwards = changeByStaff(inHouse, inHouse.checkIn, inHouse.checkIn, staff);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("errors").get(0).get("field").asString()).isEqualTo("checkOut");
        var missing = api.put("/api/staff/reservations/" + inHouse.reservationId + "/stay", Map.of(), staff);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors")).hasSize(2);
        assertThat(api.put("/api/staff/reservations/00000000-0000-0000-0000-000000000000/stay", Map.of("checkIn",
                inHouse.checkIn.toString(), "checkOut", inHouse.checkOut.toString()), staff).status()).isEqualTo(404);

        // checked out, cancelled: nothing may change
        assertThat(api.post("/api/staff/reservations/" + inHouse.reservationId + "/check-out", null, staff).status())
                .isEqualTo(200);
        var afterCheckOut = changeByStaff(inHouse, inHouse.checkIn, inHouse.checkIn.plusDays(1), staff);
        assertThat(afterCheckOut.status()).isEqualTo(409);
        assertThat(afterCheckOut.body().get("detail").asString()).contains("checked-out");
        var cancelled = book(2);
        assertThat(api.post("/api/orders/" + cancelled.orderId + "/cancel", null, cancelled.token).status())
                .isEqualTo(200);
        var afterCancel = api.put("/api/orders/" + cancelled.orderId + "/stay", Map.of("checkIn",
                cancelled.checkIn.toString(), "checkOut", cancelled.checkIn.plusDays(1).toString()), cancelled.token);
        assertThat(afterCancel.status()).isEqualTo(409);
        assertThat(afterCancel.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:stay-change-refused");
        assertThat(afterCancel.body().get("detail").asString()).contains("cancelled");
    }

    @Test
    void afterTheFreeCancellationDeadlineTheLateFeeIsKeptOncePerBooking() {
        String staff = staffToken();
        var booked = book(4);
        confirm(booked, staff);
        jdbc.update("UPDATE orders SET free_cancellation_until = ? WHERE id = ?::uuid",
                Timestamp.from(Instant.now().minus(Duration.ofDays(1))), booked.orderId);

        // two nights dropped late: the first night's fee is kept, one night refunded
        assertThat(changeByStaff(booked, booked.checkIn, booked.checkIn.plusDays(2), staff).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(booked), amount -> amount.equals("180000"));
        // one more dropped: the fee was kept already, the night is refunded in full
        assertThat(changeByStaff(booked, booked.checkIn, booked.checkIn.plusDays(1), staff).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(booked), amount -> amount.equals("360000"));
        // and a late cancellation keeps nothing more: the last night comes back too
        var cancelled = api.post("/api/orders/" + booked.orderId + "/cancel", null, booked.token);
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(booked), amount -> amount.equals("540000"));
        assertThat(refunds(booked)).isEqualTo(3);
        // four nights paid, one kept: the fee of the snapshotted policy, once
        assertThat(jdbc.queryForObject("SELECT fee_kept FROM orders WHERE id = ?::uuid", java.math.BigDecimal.class,
                booked.orderId)).isEqualByComparingTo(NIGHT);
        assertThat(held(booked.checkIn, booked.checkOut).values()).allSatisfy(count -> assertThat(count).isNotNegative());
    }

    @Test
    void anEarlyCheckOutGivesTheNightsNotSleptBackForSale() {
        String staff = staffToken();
        var stay = freshStay();
        var heldBeforeBooking = held(stay[0], stay[1]);
        var booked = book(stay);
        confirm(booked, staff);
        assignRoom(booked.reservationId, staff);
        assertThat(api.post("/api/staff/reservations/" + booked.reservationId + "/check-in", null, staff).status())
                .isEqualTo(200);
        assertThat(held(stay[0], stay[1])).allSatisfy((night, held) ->
                assertThat(held).isEqualTo(heldBeforeBooking.get(night) + 1));

        // the guest leaves before the stay's nights (checked in ahead of the booked day, gone today)
        assertThat(api.post("/api/staff/reservations/" + booked.reservationId + "/check-out", null, staff).status())
                .isEqualTo(200);

        assertThat(held(stay[0], stay[1])).isEqualTo(heldBeforeBooking);
        assertThat(roomNights(booked)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT released_at FROM room_hold WHERE order_id = ?::uuid", Timestamp.class,
                booked.orderId)).isNotNull();
    }

    @Test
    void aShorteningRacingACancellationNeverRefundsOrReleasesTwice() throws Exception {
        for (int round = 0; round < 3; round++) {
            var stay = reservedNights(3);
            var heldBeforeBooking = held(stay[0], stay[1]);
            var booked = book(stay);
            var barrier = new CyclicBarrier(2);
            var shortening = CompletableFuture.supplyAsync(() -> {
                meet(barrier);
                return api.put("/api/orders/" + booked.orderId + "/stay", Map.of("checkIn", booked.checkIn.toString(),
                        "checkOut", booked.checkIn.plusDays(1).toString()), booked.token);
            });
            var cancelling = CompletableFuture.supplyAsync(() -> {
                meet(barrier);
                return api.post("/api/orders/" + booked.orderId + "/cancel", null, booked.token);
            });

            var cancelled = cancelling.get();
            var shortened = shortening.get();
            assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
            assertThat(shortened.status()).as(shortened.text()).isIn(200, 409);
            // whichever came first: everything back on sale, everything refunded once (free cancellation)
            assertThat(held(stay[0], stay[1])).isEqualTo(heldBeforeBooking);
            await().atMost(Duration.ofSeconds(20)).until(() -> refunded(booked), amount -> amount.equals("540000"));
            assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM payment_refund WHERE order_id = ?::uuid",
                    java.math.BigDecimal.class, booked.orderId)).isEqualByComparingTo("540000");
        }
    }

    @Test
    void aGuestExtendsTheirStayPayingForTheNightsAddedWhichTheirRoomKeepsToo() {
        String staff = staffToken();
        var nights = reservedNights(3);
        var booked = book(new LocalDate[] {nights[0], nights[0].plusDays(2)});
        confirm(booked, staff);
        String room = assignRoom(booked.reservationId, staff);
        LocalDate added = booked.checkOut;
        int heldBefore = held(added, added.plusDays(1)).get(added);

        var extended = api.put("/api/orders/" + booked.orderId + "/stay", withCard(booked.checkIn,
                added.plusDays(1), APPROVED_CARD), booked.token);

        assertThat(extended.status()).as(extended.text()).isEqualTo(200);
        assertThat(extended.body().get("checkOut").asString()).isEqualTo(added.plusDays(1).toString());
        assertThat(extended.body().get("totalPrice").decimalValue()).isEqualByComparingTo("540000");
        assertThat(extended.body().get("payment").get("amount").decimalValue()).isEqualByComparingTo("540000");
        assertThat(held(added, added.plusDays(1)).get(added)).isEqualTo(heldBefore + 1);
        assertThat(roomNights(booked)).containsExactly(booked.checkIn, booked.checkIn.plusDays(1), added);
        assertThat(jdbc.queryForObject("SELECT number FROM room r JOIN room_stay_night s ON s.room_id = r.id "
                + "WHERE s.reservation_id = ?::uuid AND s.night = ?", String.class, booked.reservationId,
                Date.valueOf(added))).isEqualTo(room);
        assertThat(jdbc.queryForObject("SELECT amount FROM payment_charge WHERE order_id = ?::uuid",
                java.math.BigDecimal.class, booked.orderId)).isEqualByComparingTo(NIGHT);
        var page = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/mypages/" + booked.orderId, booked.token).body(),
                view -> added.plusDays(1).toString().equals(view.get("checkOut").asString())
                        && texts(view).stream().anyMatch(text -> text.contains("연장")));
        assertThat(texts(page)).anySatisfy(text -> assertThat(text).contains("연장", "180,000"));

        // cancelled (free): everything comes back, the added night through its own authorisation at the provider
        assertThat(api.post("/api/orders/" + booked.orderId + "/cancel", null, booked.token).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> refunded(booked), amount -> amount.equals("540000"));
        assertThat(jdbc.queryForList("SELECT authorization_key::text FROM payment_refund WHERE order_id = ?::uuid",
                String.class, booked.orderId)).hasSize(2).containsNull();
        assertThat(held(booked.checkIn, added.plusDays(1)).get(added)).isEqualTo(heldBefore);
    }

    @Test
    void twoExtensionsForTheLastRoomOneWinsAndTheOtherIsChargedNothing() throws Exception {
        var nights = reservedNights(3);
        var first = book(new LocalDate[] {nights[0], nights[0].plusDays(2)});
        var second = book(new LocalDate[] {nights[0], nights[0].plusDays(2)});
        LocalDate last = first.checkOut;
        int capacity = jdbc.queryForObject("SELECT capacity FROM room_night WHERE room_type = 'DELUXE' AND night = ?",
                Integer.class, Date.valueOf(last));
        jdbc.update("UPDATE room_night SET capacity = held + 1 WHERE room_type = 'DELUXE' AND night = ?",
                Date.valueOf(last));
        try {
            var barrier = new CyclicBarrier(2);
            var answers = new ArrayList<CompletableFuture<Api.Response>>();
            for (var booked : List.of(first, second)) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    meet(barrier);
                    return api.put("/api/orders/" + booked.orderId + "/stay", withCard(booked.checkIn,
                            last.plusDays(1), APPROVED_CARD), booked.token);
                }));
            }
            var statuses = answers.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            var loser = statuses.get(0) == 409 ? first : second;
            var winner = loser == first ? second : first;
            assertThat(answers.get(loser == first ? 0 : 1).join().body().get("type").asString())
                    .isEqualTo("urn:gotohotel:problem:sold-out");
            assertThat(charges(loser)).isZero();
            assertThat(charges(winner)).isEqualTo(1);
            assertThat(api.get("/api/orders/" + loser.orderId, loser.token).body().get("checkOut").asString())
                    .isEqualTo(last.toString());
            assertThat(jdbc.queryForObject("SELECT held = capacity FROM room_night WHERE room_type = 'DELUXE' "
                    + "AND night = ?", Boolean.class, Date.valueOf(last))).isTrue();
        } finally {
            jdbc.update("UPDATE room_night SET capacity = ? WHERE room_type = 'DELUXE' AND night = ?", capacity,
                    Date.valueOf(last));
        }
    }

    @Test
    void aDeclinedCardOrATakenRoomAddsNoNightAndKeepsNothing() {
        String staff = staffToken();
        var nights = reservedNights(4);
        var booked = book(new LocalDate[] {nights[0], nights[0].plusDays(2)});
        LocalDate added = booked.checkOut;
        var heldBefore = held(booked.checkIn, nights[1]);

        var declined = api.put("/api/orders/" + booked.orderId + "/stay", withCard(booked.checkIn, added.plusDays(1),
                gotohotel.backend.support.Bookings.DECLINED_CARD), booked.token);

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:payment-declined");
        assertThat(held(booked.checkIn, nights[1])).isEqualTo(heldBefore);
        assertThat(charges(booked)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM order_stay_change WHERE order_id = ?::uuid", String.class,
                booked.orderId)).isEqualTo("DECLINED");

        // the stay's room is given to the next guest on the night asked for: the change says so, charges nothing
        confirm(booked, staff);
        String room = assignRoom(booked.reservationId, staff);
        var next = book(new LocalDate[] {added, added.plusDays(2)});
        assertThat(api.put("/api/staff/reservations/" + next.reservationId + "/room", Map.of("room", room), staff)
                .status()).isEqualTo(200);
        heldBefore = held(booked.checkIn, nights[1]);
        var taken = changeByStaff(booked, booked.checkIn, added.plusDays(1), staff, APPROVED_CARD);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:room-taken");
        assertThat(taken.body().get("detail").asString()).contains(room, "Kim Minji");
        assertThat(held(booked.checkIn, nights[1])).isEqualTo(heldBefore);
        assertThat(roomNights(booked)).containsExactly(booked.checkIn, booked.checkIn.plusDays(1));
        assertThat(charges(booked)).isZero();
    }

    private Map<String, Object> withCard(LocalDate checkIn, LocalDate checkOut, String card) {
        return Map.of("checkIn", checkIn.toString(), "checkOut", checkOut.toString(), "card",
                Map.of("number", card, "expiry", "12/30", "cvc", "123"));
    }

    private Api.Response changeByStaff(Booked booked, LocalDate checkIn, LocalDate checkOut, String staff,
                                       String card) {
        return api.put("/api/staff/reservations/" + booked.reservationId + "/stay", withCard(checkIn, checkOut, card),
                staff);
    }

    private int charges(Booked booked) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment_charge WHERE order_id = ?::uuid", Integer.class,
                booked.orderId);
    }

    private Api.Response changeByStaff(Booked booked, LocalDate checkIn, LocalDate checkOut, String staff) {
        return api.put("/api/staff/reservations/" + booked.reservationId + "/stay",
                Map.of("checkIn", checkIn.toString(), "checkOut", checkOut.toString()), staff);
    }

    private void confirm(Booked booked, String staff) {
        assertThat(api.post("/api/staff/reservations/" + booked.reservationId + "/confirm", null, staff).status())
                .isEqualTo(200);
    }

    /** {@code nights} nights on dates no other test uses (fresh stays are two nights, two days apart). */
    private static LocalDate[] reservedNights(int nights) {
        var first = freshStay();
        for (int taken = 2; taken < nights; taken += 2) {
            freshStay();
        }
        return new LocalDate[] {first[0], first[0].plusDays(nights)};
    }

    private Booked book(int nights) {
        return book(reservedNights(nights));
    }

    private Booked book(LocalDate[] stay) {
        var placed = api.post("/api/orders", request("DELUXE", stay, APPROVED_CARD), null);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        return new Booked(orderId, placed.body().get("accessToken").asString(), reservationOf(orderId), stay[0],
                stay[1]);
    }

    /** {@code held} per night of the DELUXE type from {@code from} up to {@code until}. */
    private Map<LocalDate, Integer> held(LocalDate from, LocalDate until) {
        var held = new HashMap<LocalDate, Integer>();
        for (LocalDate night = from; night.isBefore(until); night = night.plusDays(1)) {
            held.put(night, jdbc.queryForObject("SELECT held FROM room_night WHERE room_type = 'DELUXE' AND night = ?",
                    Integer.class, Date.valueOf(night)));
        }
        return held;
    }

    private List<LocalDate> roomNights(Booked booked) {
        return jdbc.queryForList("SELECT night FROM room_stay_night WHERE reservation_id = ?::uuid ORDER BY night",
                Date.class, booked.reservationId).stream().map(Date::toLocalDate).toList();
    }

    private int refunds(Booked booked) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment_refund WHERE order_id = ?::uuid", Integer.class,
                booked.orderId);
    }

    /** What the provider has refunded for the order, as the guest's order view says it. */
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

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
