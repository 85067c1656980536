package gotohotel.backend.rooms;

import static gotohotel.backend.support.Bookings.APPROVED_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.Bookings;
import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rooms given to stays over real HTTP (issue 19, decision record 46): suggestions in the contract's order, the
 * assignment and its refusals, the database rule under concurrent assignments, room moves that keep the slept
 * nights, the desk's room commands, the nights let go on cancellation and the rooms in the changes feed.
 */
class RoomAssignmentEndToEndTests extends EndToEndTest {

    @Autowired
    private RoomAssignments assignments;
    @Autowired
    private TransactionTemplate transactions;

    private String staff;

    @BeforeEach
    void signIn() {
        staffAccount("park", "Receptionist Park", "RECEPTIONIST");
        staff = staffToken();
    }

    @Test
    void suggestsFreeRoomsOfTheBookedTypeCleanThenInspectedThenDirtyOutOfServiceLastThenUpgrades() {
        var stay = Bookings.freshStay();
        String reservation = confirmed(book("FAMILY", stay, "Lee Jiwoo"));
        String other = confirmed(book("FAMILY", stay, "Choi Yuna"));
        assertThat(assign(other, "305", false).status()).isEqualTo(200);
        try {
            jdbc.update("UPDATE room SET housekeeping = 'DIRTY' WHERE number = '301'");
            jdbc.update("UPDATE room SET housekeeping = 'INSPECTED' WHERE number = '302'");
            jdbc.update("UPDATE room SET out_of_service = TRUE WHERE number = '304'");

            var suggestions = api.get("/api/staff/reservations/" + reservation + "/room-suggestions", staff);

            assertThat(suggestions.status()).isEqualTo(200);
            var family = new ArrayList<String>();
            var upgrades = new ArrayList<JsonNode>();
            suggestions.body().forEach(room -> {
                if (room.get("upgrade").asBoolean()) {
                    upgrades.add(room);
                } else {
                    family.add(room.get("number").asString());
                }
            });
            assertThat(family).as("clean, inspected, dirty, out of service; 305 is another stay's")
                    .containsExactly("303", "302", "301", "304");
            assertThat(suggestions.body().get(0).get("roomType").asString()).isEqualTo("FAMILY");
            assertThat(suggestions.body().get(0).get("housekeeping").asString()).isEqualTo("CLEAN");
            assertThat(suggestions.body().get(3).get("outOfService").asBoolean()).isTrue();
            assertThat(upgrades).isNotEmpty().allSatisfy(room ->
                    assertThat(room.get("roomType").asString()).isNotEqualTo("FAMILY"));
            assertThat(suggestions.body().get(family.size()).get("upgrade").asBoolean()).isTrue();
        } finally {
            jdbc.update("UPDATE room SET housekeeping = 'CLEAN', out_of_service = FALSE WHERE number IN ('301', '302', "
                    + "'304')");
        }
    }

    @Test
    void aRoomIsHeldForEveryNightOfTheStayAndTheDesksSeeItInTheFeed() {
        String reservation = confirmed(book("DELUXE", Bookings.freshStay(), "Lee Jiwoo"));
        String cursor = feedEnd();

        var assigned = assign(reservation, "201", false);

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().get("version").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_stay_night WHERE reservation_id = ?::uuid",
                Long.class, reservation)).isEqualTo(2);
        var history = api.get("/api/sync/reservations/" + reservation + "/history", staff).body();
        var last = history.get(history.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("ROOM_ASSIGNED");
        assertThat(last.get("reason").asString()).isEqualTo("Room 201");
        assertThat(last.get("staff").asString()).isEqualTo("admin");
        var snapshot = await().atMost(Duration.ofSeconds(10)).until(() -> inFeed(cursor, reservation), s -> s != null);
        assertThat(snapshot.get("version").asLong()).isEqualTo(2);
        assertThat(snapshot.get("rooms")).hasSize(1);
        assertThat(snapshot.get("rooms").get(0).get("number").asString()).isEqualTo("201");
        assertThat(snapshot.get("rooms").get(0).get("from").asString())
                .isEqualTo(snapshot.get("checkIn").asString());
        assertThat(snapshot.get("rooms").get(0).get("until").asString())
                .isEqualTo(snapshot.get("checkOut").asString());
    }

    @Test
    void aRoomAnotherStayHoldsOnANightIsRefusedNamingThatGuest() {
        var stay = Bookings.freshStay();
        String first = confirmed(book("DELUXE", stay, "Lee Jiwoo"));
        String second = confirmed(book("DELUXE", new LocalDate[] {stay[1].minusDays(1), stay[1].plusDays(1)},
                "Choi Yuna"));
        assign(first, "202", false);

        var refused = assign(second, "202", false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:room-taken");
        assertThat(refused.body().get("detail").asString()).contains("202").contains("Lee Jiwoo");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_stay_night WHERE reservation_id = ?::uuid",
                Long.class, second)).isZero();
    }

    @Test
    void twoConcurrentAssignmentsOfOneRoomOverHttpLeaveExactlyOneWinner() throws Exception {
        var stay = Bookings.freshStay();
        String first = confirmed(book("DELUXE", stay, "Lee Jiwoo"));
        String second = confirmed(book("DELUXE", stay, "Choi Yuna"));
        var start = new CyclicBarrier(2);

        var one = CompletableFuture.supplyAsync(() -> afterBarrier(start, () -> assign(first, "203", false)));
        var two = CompletableFuture.supplyAsync(() -> afterBarrier(start, () -> assign(second, "203", false)));

        assertThat(List.of(one.get(30, TimeUnit.SECONDS).status(), two.get(30, TimeUnit.SECONDS).status()))
                .containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForList("SELECT DISTINCT reservation_id::text FROM room_stay_night s JOIN room r "
                + "ON r.id = s.room_id WHERE r.number = '203' AND s.night >= ? AND s.night < ?", String.class,
                stay[0], stay[1])).hasSize(1);
    }

    @Test
    void anAssignmentWaitingForAConcurrentOneOnTheSameRoomLosesOnceThatOneCommits() throws Exception {
        var stay = Bookings.freshStay();
        var winner = new Stay(UUID.randomUUID(), "DELUXE", stay[0], stay[1]);
        var loser = new Stay(UUID.randomUUID(), "DELUXE", stay[0].plusDays(1), stay[1].plusDays(1));
        var winnerHolds = new CountDownLatch(1);
        var loserWaits = new CountDownLatch(1);

        var first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            assignments.hold(winner, stay[0], "204", false, "park", Instant.now());
            winnerHolds.countDown();
            awaitLatch(loserWaits);
        }));
        awaitLatch(winnerHolds);
        var second = CompletableFuture.supplyAsync(() -> transactions.execute(status ->
                assignments.hold(loser, loser.checkIn(), "204", false, "kim", Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'
                    AND query LIKE 'INSERT INTO room_stay_night%'""", Long.class) > 0);
        loserWaits.countDown();
        first.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(RoomTakenException.class)
                .hasMessageContaining("204");
        assertThat(jdbc.queryForList("SELECT DISTINCT reservation_id FROM room_stay_night WHERE reservation_id IN "
                + "(?, ?)", UUID.class, winner.reservationId(), loser.reservationId()))
                .containsExactly(winner.reservationId());
    }

    @Test
    void aRoomOfAnotherTypeIsGivenOnlyAsAnExplicitUpgrade() {
        String reservation = confirmed(book("DELUXE", Bookings.freshStay(), "Lee Jiwoo"));

        var refused = assign(reservation, "501", false);
        var upgraded = assign(reservation, "501", true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString())
                .isEqualTo("urn:gotohotel:problem:room-upgrade-not-requested");
        assertThat(upgraded.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT room FROM reservation WHERE id = ?::uuid", String.class, reservation))
                .isEqualTo("501");
        var suggestions = api.get("/api/staff/reservations/" + reservation + "/room-suggestions", staff).body();
        assertThat(suggestions.get(0).get("number").asString()).as("the room it holds comes first").isEqualTo("501");
        assertThat(suggestions.get(0).get("upgrade").asBoolean()).isTrue();
        assertThat(suggestions.get(0).get("held").asBoolean()).isTrue();
        assertThat(suggestions.get(1).get("held").asBoolean()).isFalse();
    }

    @Test
    void anUpgradeTakesItsRoomOffItsTypesSaleAndPutsItBackWhenLetGo() {
        var stay = Bookings.freshStay();
        book("SUITE", stay, "Han Seojun");                                    // one of the two suites is sold
        String upgraded = confirmed(book("DELUXE", stay, "Lee Jiwoo"));
        String other = confirmed(book("DELUXE", stay, "Choi Yuna"));

        assertThat(assign(upgraded, "501", true).status()).isEqualTo(200);

        assertThat(guest.place(order("SUITE", stay, "Kang Dohyun")).status())
                .as("the last suite sleeps the upgraded guest: no suite is left to sell").isEqualTo(409);
        var refused = assign(other, "502", true);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString())
                .isEqualTo("urn:gotohotel:problem:room-needed-by-its-type");
        assertThat(refused.body().get("detail").asString()).contains("502", "SUITE", stay[0].toString());
        var suggestions = api.get("/api/staff/reservations/" + other + "/room-suggestions", staff).body();
        assertThat(suggestions.findValuesAsString("number")).doesNotContain("501", "502");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_stay_night WHERE reservation_id = ?::uuid",
                Long.class, other)).as("the refused upgrade left nothing held").isZero();

        assertThat(assign(upgraded, "203", false).status()).as("moved back to the booked type").isEqualTo(200);
        guest.place(order("SUITE", stay, "Kang Dohyun")).expect(201);
        assertThat(assign(other, "502", true).status()).as("the suite sold again, the other upgrade waits")
                .isEqualTo(409);
    }

    @Test
    void anUpgradeToATypeNotOnSaleYetOnANightOfTheStayIsRefusedNotCreditedLater() {
        var stay = Bookings.freshStay();
        String upgraded = confirmed(book("DELUXE", stay, "Lee Jiwoo"));
        // the suites' sales calendar does not reach the stay's last night yet (a type added later, a shorter horizon)
        int suites = capacity("SUITE", stay[1].minusDays(1));
        jdbc.update("DELETE FROM room_night WHERE room_type = 'SUITE' AND night = ? AND held = 0", stay[1].minusDays(1));
        try {
            var refused = assign(upgraded, "501", true);

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("type").asString())
                    .isEqualTo("urn:gotohotel:problem:room-needed-by-its-type");
            assertThat(refused.body().get("detail").asString()).contains("not on sale yet",
                    stay[1].minusDays(1).toString());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM room_stay_night WHERE reservation_id = ?::uuid",
                    Long.class, upgraded)).as("nothing held, nothing flagged to credit later").isZero();
            assertThat(capacity("SUITE", stay[0])).as("nothing taken off the nights on sale").isEqualTo(2);
        } finally {
            jdbc.update("""
                    INSERT INTO room_night (room_type, night, capacity, held) VALUES ('SUITE', ?, ?, 0)
                    ON CONFLICT DO NOTHING""", stay[1].minusDays(1), suites);
        }
    }

    @Test
    void cancellingAnUpgradedStayPutsItsRoomBackOnSale() {
        var stay = Bookings.freshStay();
        book("SUITE", stay, "Han Seojun");
        var placed = guest.place(order("DELUXE", stay, "Lee Jiwoo")).expect(201);
        String upgraded = reservationOf(placed.orderId().toString());
        assertThat(assign(upgraded, "502", true).status()).isEqualTo(200);
        assertThat(capacity("SUITE", stay[0])).isEqualTo(1);

        guest.cancel(placed.orderId(), placed.accessToken()).expect(200);

        assertThat(capacity("SUITE", stay[0])).isEqualTo(2);
        assertThat(capacity("SUITE", stay[0].plusDays(1))).isEqualTo(2);
        guest.place(order("SUITE", stay, "Kang Dohyun")).expect(201);
    }

    @Test
    void aRoomOutOfOrderOnANightOfTheStayIsNeitherSuggestedNorGiven() {
        var stay = Bookings.freshStay();
        String reservation = confirmed(book("DELUXE", stay, "Lee Jiwoo"));
        outOfOrder("205", stay[1].minusDays(1), stay[1]);
        try {
            var suggestions = api.get("/api/staff/reservations/" + reservation + "/room-suggestions", staff);
            var refused = assign(reservation, "205", false);

            assertThat(suggestions.body().findValuesAsString("number")).doesNotContain("205")
                    .contains("206");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:room-out-of-order");
        } finally {
            jdbc.update("DELETE FROM room_out_of_order WHERE reason = 'test: leaking pipe'");
        }
    }

    @Test
    void badRoomRequestsAreProblemsNotErrors() {
        String reservation = confirmed(book("DELUXE", Bookings.freshStay(), "Lee Jiwoo"));

        assertThat(api.put("/api/staff/reservations/" + reservation + "/room", Map.of("room", ""), staff).status())
                .isEqualTo(400);
        assertThat(assign(reservation, "999", false).status()).isEqualTo(404);
        assertThat(assign(UUID.randomUUID().toString(), "201", false).status()).isEqualTo(404);
        assertThat(api.put("/api/staff/reservations/" + reservation + "/room", Map.of("room", "201"), null).status())
                .isEqualTo(401);
    }

    @Test
    void aMoveHoldsTheNewRoomFromTonightAndTheSleptNightsKeepTheirRoom() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        String reservation = confirmed(book("STANDARD", new LocalDate[] {today, today.plusDays(2)}, "Lee Jiwoo"));
        jdbc.update("UPDATE reservation SET check_in = check_in - 1 WHERE id = ?::uuid", reservation);  // arrived yesterday
        assertThat(assign(reservation, "105", false).status()).isEqualTo(200);
        assertThat(api.post("/api/staff/reservations/" + reservation + "/check-in", null, staff).status())
                .isEqualTo(200);

        var moved = assign(reservation, "106", false);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(jdbc.queryForList("""
                SELECT r.number FROM room_stay_night s JOIN room r ON r.id = s.room_id
                WHERE s.reservation_id = ?::uuid ORDER BY s.night""", String.class, reservation))
                .containsExactly("105", "106", "106");
        var history = api.get("/api/sync/reservations/" + reservation + "/history", staff).body();
        var last = history.get(history.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("ROOM_MOVED");
        assertThat(last.get("reason").asString()).isEqualTo("Room 106");
        assertThat(last.get("status").asString()).isEqualTo("CHECKED_IN");

        assertThat(api.post("/api/staff/reservations/" + reservation + "/check-out", null, staff).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList("""
                SELECT r.number FROM room_stay_night s JOIN room r ON r.id = s.room_id
                WHERE s.reservation_id = ?::uuid ORDER BY s.night""", String.class, reservation))
                .as("check-out keeps who slept where, and a guest leaving early lets go of the nights not slept")
                .containsExactly("105");
        String tonight = confirmed(book("STANDARD", new LocalDate[] {today, today.plusDays(1)}, "Park Minseo"));
        assertThat(assign(tonight, "106", false).status()).isEqualTo(200);
    }

    @Test
    void cancellingOrRejectingLetsGoOfTheNights() {
        var stay = Bookings.freshStay();
        var placed = guest.place(new gotohotel.shared.api.PlaceOrderRequest("Lee Jiwoo", "010-1234-5678", null, "DELUXE",
                stay[0], stay[1], 2, new gotohotel.shared.api.PlaceOrderRequest.CardDetails(APPROVED_CARD, "12/30",
                "123"))).expect(201);
        String cancelled = reservationOf(placed.orderId().toString());
        String rejected = confirmed(book("DELUXE", stay, "Choi Yuna"));
        assign(cancelled, "207", false);
        assign(rejected, "208", false);

        guest.cancel(placed.orderId(), placed.accessToken()).expect(200);
        api.post("/api/staff/reservations/" + rejected + "/reject", Map.of("reason", "Renovation"), staff);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_stay_night WHERE reservation_id IN (?::uuid, "
                + "?::uuid)", Long.class, cancelled, rejected)).isZero();
        String third = confirmed(book("DELUXE", stay, "Kang Dohyun"));
        assertThat(assign(third, "207", false).status()).isEqualTo(200);
    }

    @Test
    void aDeskAssignsAndMovesRoomsWithCommandsAndATakenRoomIsAConflictNamingTheGuest() {
        var stay = Bookings.freshStay();
        String first = confirmed(book("DELUXE", stay, "Lee Jiwoo"));
        String second = confirmed(book("DELUXE", stay, "Choi Yuna"));
        UUID desk = registerDesk(staff);

        var answer = sendCommands(batch(desk, room(1, "ASSIGN_ROOM", first, "206", null),
                room(2, "ASSIGN_ROOM", first, "206", null), room(3, "ASSIGN_ROOM", second, "206", null),
                room(4, "MOVE_ROOM", second, "201", null), room(5, "ASSIGN_ROOM", second, "502", null),
                room(6, "ASSIGN_ROOM", second, "502", true)), staff);

        assertThat(answer.status()).isEqualTo(200);
        var results = answer.body().get("results");
        assertThat(results.findValuesAsString("outcome"))
                .containsExactly("APPLIED", "DUPLICATE", "CONFLICT", "CONFLICT", "CONFLICT", "APPLIED");
        assertThat(results.get(0).get("reservation").get("rooms").get(0).get("number").asString()).isEqualTo("206");
        assertThat(results.get(2).get("message").asString()).contains("206").contains("Lee Jiwoo");
        assertThat(results.get(3).get("message").asString()).contains("not checked in");
        assertThat(results.get(5).get("reservation").get("rooms").get(0).get("number").asString()).isEqualTo("502");
        assertThat(jdbc.queryForList("SELECT action FROM reservation_history WHERE reservation_id = ?::uuid ORDER BY "
                + "version", String.class, first)).containsExactly("CREATE", "CONFIRM", "ROOM_ASSIGNED");
    }

    @Test
    void aRoomCommandWithoutARoomOrWithOneTooLongIsABadBatch() {
        String reservation = confirmed(book("DELUXE", Bookings.freshStay(), "Lee Jiwoo"));
        UUID desk = registerDesk(staff);

        var missing = sendCommands(batch(desk, room(1, "ASSIGN_ROOM", reservation, null, null)), staff);
        var tooLong = sendCommands(batch(desk, room(1, "CHECK_IN", reservation, "2".repeat(40), null)), staff);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().toString()).contains("commands[0].room");
        assertThat(tooLong.status()).as("a room the database cannot hold is the desk's input, not a server error")
                .isEqualTo(400);
        assertThat(tooLong.body().toString()).contains("commands[0].room");
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class, reservation))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aDeskChecksInWithTheRoomItGivesInOneCommand() {
        String reservation = confirmed(book("DELUXE", Bookings.freshStay(), "Lee Jiwoo"));
        UUID desk = registerDesk(staff);

        var answer = sendCommands(batch(desk, room(1, "CHECK_IN", reservation, "207", null)), staff);

        var result = answer.body().get("results").get(0);
        assertThat(result.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(result.get("reservation").get("status").asString()).isEqualTo("CHECKED_IN");
        assertThat(result.get("reservation").get("rooms").get(0).get("number").asString()).isEqualTo("207");
        assertThat(jdbc.queryForList("SELECT action FROM reservation_history WHERE reservation_id = ?::uuid ORDER BY "
                + "version", String.class, reservation)).containsExactly("CREATE", "CONFIRM", "ROOM_ASSIGNED", "CHECK_IN");
    }

    @Test
    void aCheckInWithoutARoomIsRefusedOnTheStaffApiAndOnTheDeskWithASentence() {
        String reservation = confirmed(book("DELUXE", Bookings.freshStay(), "Lee Jiwoo"));

        var refused = api.post("/api/staff/reservations/" + reservation + "/check-in", null, staff);
        var answer = sendCommands(batch(registerDesk(staff), room(1, "CHECK_IN", reservation, null, null)), staff);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:room-required");
        var result = answer.body().get("results").get(0);
        assertThat(result.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(result.get("message").asString()).startsWith("Assign a room first");
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class, reservation))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void myPageShowsTheRoomOnceCheckedInAndFollowsAMoveAndTheCheckInMessageNamesIt() {
        var stay = Bookings.freshStay();
        var order = guest.place(new gotohotel.shared.api.PlaceOrderRequest("Lee Jiwoo", "010-1234-5678", null,
                "DELUXE", stay[0], stay[1], 2, new gotohotel.shared.api.PlaceOrderRequest.CardDetails(APPROVED_CARD,
                "12/30", "123"))).expect(201);
        String page = "/api/mypages/" + order.orderId();
        String reservation = confirmed(reservationOf(order.orderId().toString()));
        assign(reservation, "203", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(page, order.accessToken()).body(),
                body -> "CONFIRMED".equals(body.path("reservationStatus").asString(null)));
        assertThat(api.get(page, order.accessToken()).body().has("room")).as("no room before check-in").isFalse();

        assertThat(api.post("/api/staff/reservations/" + reservation + "/check-in", null, staff).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(page, order.accessToken()).body(),
                body -> "203".equals(body.path("room").asString(null)));
        await("the check-in message names the room").atMost(Duration.ofSeconds(20)).until(() ->
                api.get(page, order.accessToken()).body().path("messages").findValues("text").stream()
                        .map(JsonNode::asString).anyMatch(text -> text.contains("203")));
        assertThat(jdbc.queryForObject("SELECT room FROM notification WHERE order_id = ?::uuid AND announces = "
                + "'CHECKED_IN'", String.class, order.orderId().toString())).isEqualTo("203");

        assertThat(assign(reservation, "204", false).status()).isEqualTo(200);
        await("my page follows the move").atMost(Duration.ofSeconds(20))
                .until(() -> api.get(page, order.accessToken()).body(),
                        body -> "204".equals(body.path("room").asString(null)));
    }

    /** A paid booking of {@code roomType} for the stay, by {@code guestName}; its reservation's id. */
    private String book(String roomType, LocalDate[] stay, String guestName) {
        var order = guest.place(order(roomType, stay, guestName)).expect(201);
        return reservationOf(order.orderId().toString());
    }

    private static gotohotel.shared.api.PlaceOrderRequest order(String roomType, LocalDate[] stay, String guestName) {
        return new gotohotel.shared.api.PlaceOrderRequest(guestName, "010-1234-5678", null, roomType, stay[0], stay[1],
                2, new gotohotel.shared.api.PlaceOrderRequest.CardDetails(APPROVED_CARD, "12/30", "123"));
    }

    private int capacity(String roomType, LocalDate night) {
        return jdbc.queryForObject("SELECT capacity FROM room_night WHERE room_type = ? AND night = ?", Integer.class,
                roomType, night);
    }

    private String confirmed(String reservation) {
        var confirmed = api.post("/api/staff/reservations/" + reservation + "/confirm", null, staff);
        assertThat(confirmed.status()).isEqualTo(200);
        return reservation;
    }

    private Response assign(String reservation, String room, boolean upgrade) {
        var body = new LinkedHashMap<String, Object>();
        body.put("room", room);
        if (upgrade) {
            body.put("upgrade", true);
        }
        return api.put("/api/staff/reservations/" + reservation + "/room", body, staff);
    }

    private void outOfOrder(String room, LocalDate from, LocalDate until) {
        jdbc.update("""
                INSERT INTO room_out_of_order (room_id, from_night, until_night, reason, created_by, created_at)
                SELECT id, ?, ?, 'test: leaking pipe', 'admin', now() FROM room WHERE number = ?""", from, until, room);
    }

    private String feedEnd() {
        String cursor = null;
        while (true) {
            var page = api.get("/api/sync/changes?limit=1000" + (cursor == null ? "" : "&since=" + cursor), staff);
            cursor = page.body().get("nextCursor").asString();
            if (!page.body().get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }

    private JsonNode inFeed(String cursor, String reservation) {
        while (true) {
            var page = api.get("/api/sync/changes?limit=1000&since=" + cursor, staff);
            for (var change : page.body().get("changes")) {
                if (change.get("reservationId").asString().equals(reservation)) {
                    return change;
                }
            }
            cursor = page.body().get("nextCursor").asString();
            if (!page.body().get("hasMore").asBoolean()) {
                return null;
            }
        }
    }

    private static <T> T afterBarrier(CyclicBarrier barrier, java.util.function.Supplier<T> work) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static Map<String, Object> batch(UUID client, Map<String, Object>... commands) {
        return Map.of("clientId", client, "commands", List.of(commands));
    }

    private static Map<String, Object> room(long seq, String type, String reservationId, String room, Boolean upgrade) {
        var command = new LinkedHashMap<String, Object>();
        command.put("commandId", UUID.randomUUID());
        command.put("seq", seq);
        command.put("type", type);
        command.put("reservationId", reservationId);
        command.put("expectedVersion", 0);
        command.put("issuedAt", Instant.now().toString());
        command.put("staff", "park");
        if (room != null) {
            command.put("room", room);
        }
        if (upgrade != null) {
            command.put("upgrade", upgrade);
        }
        return command;
    }
}
