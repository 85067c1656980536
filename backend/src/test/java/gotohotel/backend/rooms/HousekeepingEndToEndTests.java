package gotohotel.backend.rooms;

import static gotohotel.backend.rooms.RoomsEndToEndTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.event.ReservationCheckedOut;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Housekeeping over real HTTP, Kafka and the real database: who may mark a room clean, dirty or inspected (online and
 * from a desk's batch, where the last writer wins), housekeeping accounts kept out of the bookings, and check-out
 * making the stay's room dirty exactly once.
 */
class HousekeepingEndToEndTests extends EndToEndTest {

    @Autowired
    CheckOutListener checkOuts;

    @BeforeEach
    void accounts() {
        staffAccount("hk-lee", "Housekeeper Lee", "HOUSEKEEPING");
        staffAccount("rc-cho", "Receptionist Cho", "RECEPTIONIST");
    }

    @Test
    void housekeepingMarksRoomsCleanOrDirtyAndOnlyAManagerInspectsACleanRoom() {
        String housekeeper = tokenOf("hk-lee", STAFF_PASSWORD);
        String receptionist = tokenOf("rc-cho", STAFF_PASSWORD);
        String manager = staffToken();

        var dirty = api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "DIRTY"), housekeeper);
        assertThat(dirty.status()).as(dirty.text()).isEqualTo(200);
        assertThat(dirty.body().get("housekeeping").asString()).isEqualTo("DIRTY");
        long version = dirty.body().get("version").asLong();
        assertThat(api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "CLEAN", "expectedVersion", version),
                housekeeper).status()).isEqualTo(200);

        assertProblem(api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "INSPECTED"), housekeeper), 403,
                "manager-only");
        assertProblem(api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "INSPECTED"), receptionist), 403,
                "manager-only");
        assertProblem(api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "DIRTY", "expectedVersion",
                version), receptionist), 409, "concurrent-change");
        var inspected = api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "INSPECTED"), manager);
        assertThat(inspected.status()).as(inspected.text()).isEqualTo(200);
        assertThat(inspected.body().get("version").asLong()).isEqualTo(version + 2);
        assertThat(api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "DIRTY"), receptionist).status())
                .isEqualTo(200);
        assertProblem(api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "INSPECTED"), manager), 409,
                "illegal-transition");
        assertProblem(api.put("/api/staff/rooms/303/housekeeping", Map.of("status", "SPARKLING"), manager), 400,
                "validation-failed");
        assertThat(jdbc.queryForList("""
                SELECT h.action || ' by ' || h.changed_by FROM room_history h JOIN room r ON r.id = h.room_id
                WHERE r.number = '303' ORDER BY h.version""", String.class)).containsExactly("DIRTY by hk-lee",
                "CLEAN by hk-lee", "INSPECTED by admin", "DIRTY by rc-cho");
    }

    @Test
    void aHousekeepingAccountSeesTheRoomsButNotTheBookings() {
        String housekeeper = tokenOf("hk-lee", STAFF_PASSWORD);
        var login = api.post("/api/staff/login", Map.of("username", "hk-lee", "password", STAFF_PASSWORD), null);
        assertThat(login.body().get("role").asString()).isEqualTo("HOUSEKEEPING");

        assertThat(api.get("/api/staff/rooms", housekeeper).status()).isEqualTo(200);
        assertProblem(api.get("/api/staff/reservations", housekeeper), 403, "reception-only");
        assertProblem(api.post("/api/staff/reservations/" + UUID.randomUUID() + "/confirm", null, housekeeper), 403,
                "reception-only");
        assertProblem(api.post("/api/staff/rooms", Map.of("number", "H1", "roomType", "STANDARD"), housekeeper), 403,
                "manager-only");
    }

    @Test
    void aDeskSetsHousekeepingInItsBatchLastWriterWinsAndHousekeepingDecidesNoBooking() {
        String reservationId = reservationOf(placeOrder());
        UUID desk = registerDesk(staffToken());
        var batch = Map.of("clientId", desk, "commands", List.of(
                housekeeping(1, "304", "DIRTY", "hk-lee", 0),            // a version long gone: still applied
                housekeeping(2, "9999", "CLEAN", "hk-lee", 1),
                housekeeping(3, "304", "INSPECTED", "hk-lee", 1),
                decision(4, "CONFIRM", reservationId, "hk-lee"),
                housekeeping(5, "304", "CLEAN", "rc-cho", 1)));

        var answer = sendCommands(batch, staffToken());
        var again = sendCommands(batch, staffToken());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        var outcomes = new ArrayList<String>();
        answer.body().get("results").forEach(result -> outcomes.add(result.get("outcome").asString()));
        assertThat(outcomes).containsExactly("APPLIED", "REJECTED", "REJECTED", "REJECTED", "APPLIED");
        var results = answer.body().get("results");
        assertThat(results.get(0).get("room").get("housekeeping").asString()).isEqualTo("DIRTY");
        assertThat(results.get(0).get("room").get("number").asString()).isEqualTo("304");
        assertThat(results.get(1).get("message").asString()).contains("no room 9999");
        assertThat(results.get(2).get("message").asString()).contains("manager");
        assertThat(results.get(3).get("message").asString()).contains("housekeeping");
        assertThat(results.get(4).get("room").get("housekeeping").asString()).isEqualTo("CLEAN");
        assertThat(again.text()).isEqualTo(answer.text());
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class,
                reservationId)).isEqualTo("PENDING_CONFIRMATION");
        assertThat(jdbc.queryForList("SELECT type FROM sync_command WHERE client_id = ? AND room = '304' ORDER BY seq",
                String.class, desk)).containsExactly("SET_HOUSEKEEPING", "SET_HOUSEKEEPING", "SET_HOUSEKEEPING");
    }

    @Test
    void checkOutMakesTheRoomOfTheStaysLastNightDirty() {
        String manager = staffToken();
        String reservationId = reservationOf(placeOrder());
        assertThat(api.put("/api/staff/rooms/205/housekeeping", Map.of("status", "CLEAN"), manager).status())
                .isEqualTo(200);
        // the guest arrived two days ago and leaves today; the stay holds room 204, then 205 on its last night (as a
        // move writes it)
        jdbc.update("UPDATE reservation SET check_in = CAST(? AS date) - 2, check_out = CAST(? AS date), room = '205' "
                + "WHERE id = ?::uuid", hotelToday(), hotelToday(), reservationId);
        jdbc.update("""
                INSERT INTO room_stay_night (room_id, night, reservation_id, assigned_at)
                SELECT (SELECT id FROM room WHERE number = CASE WHEN n.night = r.check_out - 1 THEN '205' ELSE '204' END),
                    n.night, r.id, now()
                FROM reservation r, generate_series(r.check_in, r.check_out - 1, interval '1 day') AS n (night)
                WHERE r.id = ?::uuid""", reservationId);

        for (var step : List.of("confirm", "check-in", "check-out")) {
            var decided = api.post("/api/staff/reservations/" + reservationId + "/" + step, null, manager);
            assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> housekeepingOf("205"), "DIRTY"::equals);
        assertThat(jdbc.queryForList("""
                SELECT h.action || ' by ' || h.changed_by FROM room_history h JOIN room r ON r.id = h.room_id
                WHERE r.number = '205' ORDER BY h.version DESC LIMIT 1""", String.class))
                .containsExactly("DIRTY by check-out");
    }

    @Test
    void aGuestWhoLeavesOnTheDayTheyArrivedLeavesTheirRoomDirty() {
        String manager = staffToken();
        String reservationId = reservationOf(placeOrder());
        jdbc.update("UPDATE reservation SET check_in = CAST(? AS date), check_out = CAST(? AS date) + 1 WHERE id = "
                + "?::uuid", hotelToday(), hotelToday(), reservationId);
        String room = assignRoom(reservationId, manager);
        assertThat(api.put("/api/staff/rooms/" + room + "/housekeeping", Map.of("status", "CLEAN"), manager)
                .status()).isEqualTo(200);

        for (var step : List.of("confirm", "check-in", "check-out")) {
            var decided = api.post("/api/staff/reservations/" + reservationId + "/" + step, null, manager);
            assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_stay_night WHERE reservation_id = ?::uuid",
                Long.class, reservationId)).as("the night not slept was let go").isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> housekeepingOf(room), "DIRTY"::equals);
    }

    @Test
    void aCheckOutHeardAgainOrAfterACleaningChangesNothing() {
        String manager = staffToken();
        var reservation = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO room_stay_night (room_id, night, reservation_id, assigned_at)
                SELECT id, CURRENT_DATE - 400, ?, now() FROM room WHERE number = '206'""", reservation);
        assertThat(api.put("/api/staff/rooms/206/housekeeping", Map.of("status", "CLEAN"), manager).status())
                .isEqualTo(200);
        var checkOut = new ReservationCheckedOut(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), reservation, 3,
                "admin");

        checkOuts.apply(List.of(checkOut));
        assertThat(housekeepingOf("206")).isEqualTo("DIRTY");
        assertThat(api.put("/api/staff/rooms/206/housekeeping", Map.of("status", "CLEAN"), manager).status())
                .isEqualTo(200);
        long version = versionOf("206");

        checkOuts.apply(List.of(new ReservationCheckedOut(checkOut.eventId(), Instant.now(), checkOut.orderId(),
                reservation, 3, "admin")));   // the same event delivered again
        checkOuts.apply(List.of(new ReservationCheckedOut(UUID.randomUUID(), Instant.now().minusSeconds(3600),
                checkOut.orderId(), reservation, 3, "admin")));   // news of a check-out before the cleaning

        assertThat(housekeepingOf("206")).isEqualTo("CLEAN");
        assertThat(versionOf("206")).isEqualTo(version);
    }

    private String housekeepingOf(String number) {
        return jdbc.queryForObject("SELECT housekeeping FROM room WHERE number = ?", String.class, number);
    }

    private long versionOf(String number) {
        return jdbc.queryForObject("SELECT version FROM room WHERE number = ?", Long.class, number);
    }

    private static Map<String, Object> housekeeping(long seq, String room, String status, String staff,
                                                    long expectedVersion) {
        var command = new LinkedHashMap<String, Object>();
        command.put("commandId", UUID.randomUUID());
        command.put("seq", seq);
        command.put("type", "SET_HOUSEKEEPING");
        command.put("room", room);
        command.put("housekeeping", status);
        command.put("expectedVersion", expectedVersion);
        command.put("issuedAt", Instant.now().toString());
        command.put("staff", staff);
        return command;
    }

    private static Map<String, Object> decision(long seq, String type, String reservationId, String staff) {
        var command = new LinkedHashMap<String, Object>();
        command.put("commandId", UUID.randomUUID());
        command.put("seq", seq);
        command.put("type", type);
        command.put("reservationId", reservationId);
        command.put("expectedVersion", 0);
        command.put("issuedAt", Instant.now().toString());
        command.put("staff", staff);
        return command;
    }

    private static java.time.LocalDate hotelToday() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
    }
}
