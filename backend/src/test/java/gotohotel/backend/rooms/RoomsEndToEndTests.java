package gotohotel.backend.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.Bookings;
import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.api.PlaceOrderRequest;
import gotohotel.shared.api.PlaceOrderRequest.CardDetails;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Managers' rooms over real HTTP on the real database: the seeded floor plan, adding, renaming, moving and flagging a
 * room (the type's rooms on sale follow), out of order taking a room off sale for exactly its nights (refused, naming
 * the bookings, when they need it), and back in order. Rooms that change type live in two room types of these
 * tests' own, so the seeded hotel the other tests count on keeps its rooms.
 */
class RoomsEndToEndTests extends EndToEndTest {

    static final String TYPE = "ROOMS_A_TEST";
    static final String OTHER_TYPE = "ROOMS_A_OTHER";

    @BeforeEach
    void roomTypesOfTheseTests() {
        staffAccount("rc-yoon", "Receptionist Yoon", "RECEPTIONIST");
        for (var type : List.of(TYPE, OTHER_TYPE)) {
            jdbc.update("""
                    INSERT INTO room_type (code, name, capacity, nightly_rate, currency, total_rooms)
                    VALUES (?, 'Rooms test', 2, 990000, 'KRW', 0) ON CONFLICT DO NOTHING""", type);
            // as the sales calendar opens nights: a month of them, with the type's rooms (none yet)
            jdbc.update("""
                    INSERT INTO room_night (room_type, night, capacity, held)
                    SELECT ?, d, 0, 0 FROM generate_series(CAST(? AS date), CAST(? AS date) + 30, interval '1 day') d
                    ON CONFLICT DO NOTHING""", type, today(), today());
        }
    }

    @Test
    void theSeededHotelHasItsFloorPlanOfTwentyFiveCleanRooms() {
        var rooms = api.get("/api/staff/rooms", staffToken());

        assertThat(rooms.status()).isEqualTo(200);
        var seeded = new ArrayList<String>();
        rooms.body().forEach(room -> {
            if (List.of("STANDARD", "DELUXE", "FAMILY", "SUITE").contains(room.get("roomType").asString())) {
                seeded.add(room.get("roomType").asString() + " " + room.get("number").asString());
            }
        });
        assertThat(seeded).hasSize(25).contains("STANDARD 101", "STANDARD 110", "DELUXE 201", "DELUXE 208",
                "FAMILY 301", "FAMILY 305", "SUITE 501", "SUITE 502");
        assertThat(api.get("/api/staff/rooms", null).status()).isEqualTo(401);
    }

    @Test
    void aManagerAddsRenamesMovesAndFlagsARoomAndTheRoomsOnSaleFollow() {
        String manager = staffToken();
        int before = totalRooms(TYPE);

        var added = api.post("/api/staff/rooms", Map.of("number", "A101", "roomType", TYPE), manager);

        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/api/staff/rooms/A101");
        assertThat(added.body().get("housekeeping").asString()).isEqualTo("CLEAN");
        assertThat(added.body().get("version").asLong()).isEqualTo(1);
        assertThat(totalRooms(TYPE)).isEqualTo(before + 1);
        assertThat(capacity(TYPE, today().plusDays(10))).isEqualTo(before + 1);

        assertProblem(api.post("/api/staff/rooms", Map.of("number", "A101", "roomType", TYPE), manager), 409,
                "room-number-taken");
        assertProblem(api.post("/api/staff/rooms", Map.of("number", "no spaces!", "roomType", TYPE), manager), 400,
                "validation-failed");
        assertProblem(api.post("/api/staff/rooms", Map.of("number", "A199", "roomType", "PENTHOUSE"), manager), 400,
                "validation-failed");
        assertProblem(api.post("/api/staff/rooms", Map.of("number", "A198", "roomType", TYPE),
                tokenOf("rc-yoon", STAFF_PASSWORD)), 403, "manager-only");

        var renamed = api.patch("/api/staff/rooms/A101", Map.of("number", "A102"), manager);
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.body().get("number").asString()).isEqualTo("A102");
        assertThat(api.patch("/api/staff/rooms/A101", Map.of("outOfService", true), manager).status()).isEqualTo(404);

        int otherBefore = totalRooms(OTHER_TYPE);
        var moved = api.patch("/api/staff/rooms/A102", Map.of("roomType", OTHER_TYPE, "outOfService", true), manager);
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.body().get("roomType").asString()).isEqualTo(OTHER_TYPE);
        assertThat(moved.body().get("outOfService").asBoolean()).isTrue();
        assertThat(moved.body().get("version").asLong()).isEqualTo(4);
        assertThat(totalRooms(TYPE)).isEqualTo(before);
        assertThat(totalRooms(OTHER_TYPE)).isEqualTo(otherBefore + 1);
        assertThat(capacity(OTHER_TYPE, today().plusDays(10))).isEqualTo(otherBefore + 1);
        assertThat(jdbc.queryForList("""
                SELECT h.action || ' by ' || h.changed_by FROM room_history h JOIN room r ON r.id = h.room_id
                WHERE r.number = 'A102' ORDER BY h.version""", String.class))
                .containsExactly("ADDED by admin", "RENAMED by admin", "MOVED by admin", "OUT_OF_SERVICE by admin");
    }

    @Test
    void numberingTheRoomsAHotelAlreadySellsAddsNoneToSaleUntilEveryOneHasANumber() {
        String manager = staffToken();
        jdbc.update("""
                INSERT INTO room_type (code, name, capacity, nightly_rate, currency, total_rooms)
                VALUES ('ROOMS_A_UNNUMBERED', 'Sold before rooms had numbers', 2, 990000, 'KRW', 2)
                ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO room_night (room_type, night, capacity, held)
                SELECT 'ROOMS_A_UNNUMBERED', d, 2, 0
                FROM generate_series(CAST(? AS date), CAST(? AS date) + 30, interval '1 day') d
                ON CONFLICT DO NOTHING""", today(), today());

        for (var number : List.of("U1", "U2")) {
            assertThat(api.post("/api/staff/rooms", Map.of("number", number, "roomType", "ROOMS_A_UNNUMBERED"),
                    manager).status()).isEqualTo(201);
        }
        assertThat(totalRooms("ROOMS_A_UNNUMBERED")).as("two rooms sold, now with numbers").isEqualTo(2);
        assertThat(capacity("ROOMS_A_UNNUMBERED", today().plusDays(3))).isEqualTo(2);

        assertThat(api.post("/api/staff/rooms", Map.of("number", "U3", "roomType", "ROOMS_A_UNNUMBERED"), manager)
                .status()).isEqualTo(201);
        assertThat(totalRooms("ROOMS_A_UNNUMBERED")).as("a third room is a new one").isEqualTo(3);
        assertThat(capacity("ROOMS_A_UNNUMBERED", today().plusDays(3))).isEqualTo(3);
    }

    @Test
    void aRoomHoldingAStayIsNeitherMovedNorTakenOutOfOrderOnItsNights() {
        String manager = staffToken();
        assertThat(api.post("/api/staff/rooms", Map.of("number", "A201", "roomType", TYPE), manager).status())
                .isEqualTo(201);
        LocalDate night = today().plusDays(2);
        jdbc.update("""
                INSERT INTO room_stay_night (room_id, night, reservation_id, assigned_at)
                SELECT id, ?, ?, now() FROM room WHERE number = 'A201'""", night, UUID.randomUUID());

        assertProblem(api.patch("/api/staff/rooms/A201", Map.of("roomType", OTHER_TYPE), manager), 409, "room-in-use");
        assertProblem(api.post("/api/staff/rooms/A201/out-of-order", Map.of("from", night.toString(),
                "until", night.plusDays(1).toString(), "reason", "Leak"), manager), 409, "room-in-use");
        assertThat(api.post("/api/staff/rooms/A201/out-of-order", Map.of("from", night.plusDays(1).toString(),
                "until", night.plusDays(2).toString(), "reason", "Leak"), manager).status()).isEqualTo(201);
    }

    @Test
    void outOfOrderTakesTheRoomOffSaleForExactlyThoseNightsAndBackInOrderSellsThemAgain() {
        String manager = staffToken();
        LocalDate[] stay = Bookings.freshStay();
        assertThat(suitesFree(stay[0], stay[1])).isEqualTo(2);

        var taken = api.post("/api/staff/rooms/502/out-of-order", Map.of("from", stay[0].toString(),
                "until", stay[1].toString(), "reason", "Bathroom leak"), manager);

        assertThat(taken.status()).as(taken.text()).isEqualTo(201);
        assertThat(taken.header("Location")).matches(".*/api/staff/rooms/502/out-of-order/\\d+");
        assertThat(taken.body().get("outOfOrder").get(0).get("reason").asString()).isEqualTo("Bathroom leak");
        assertThat(suitesFree(stay[0], stay[1])).isEqualTo(1);
        assertThat(suitesFree(stay[0].minusDays(1), stay[0])).isEqualTo(2);
        assertThat(suitesFree(stay[1], stay[1].plusDays(1))).isEqualTo(2);
        assertThat(room("502").get("outOfOrder")).hasSize(1);
        assertProblem(api.post("/api/staff/rooms/502/out-of-order", Map.of("from", stay[0].toString(),
                "until", stay[1].toString(), "reason", "Twice"), manager), 400, "validation-failed");

        String location = taken.header("Location");
        var back = api.delete(location.substring(location.indexOf("/api/")), manager);

        assertThat(back.status()).as(back.text()).isEqualTo(200);
        assertThat(back.body().get("outOfOrder")).isEmpty();
        assertThat(suitesFree(stay[0], stay[1])).isEqualTo(2);
        assertThat(api.delete(location.substring(location.indexOf("/api/")), manager).status()).isEqualTo(404);
    }

    @Test
    void outOfOrderIsRefusedNamingTheBookingsWhenTheyNeedEveryRoomLeft() {
        String manager = staffToken();
        LocalDate[] stay = Bookings.freshStay();
        String first = reservationOf(placeSuite("Han Jiwoo", stay));
        String second = reservationOf(placeSuite("Oh Sera", stay));

        var refused = api.post("/api/staff/rooms/501/out-of-order", Map.of("from", stay[0].toString(),
                "until", stay[1].toString(), "reason", "Repainting"), manager);

        assertProblem(refused, 409, "rooms-needed");
        assertThat(refused.body().get("detail").asString()).contains("Han Jiwoo", "Oh Sera", stay[0].toString());
        var named = new ArrayList<String>();
        refused.body().get("bookings").forEach(booking -> named.add(booking.get("reservationId").asString()));
        assertThat(named).contains(first, second);
        assertThat(capacity("SUITE", stay[0])).isEqualTo(2);
        assertThat(room("501").get("outOfOrder")).isEmpty();
    }

    @Test
    void outOfOrderOutsideTheNightsOnSaleOrWithoutAReasonIsABadRequest() {
        String manager = staffToken();
        LocalDate today = today();

        assertProblem(api.post("/api/staff/rooms/101/out-of-order", Map.of("from", today.minusDays(1).toString(),
                "until", today.plusDays(1).toString(), "reason", "Past"), manager), 400, "validation-failed");
        LocalDate lastOnSale = jdbc.queryForObject("SELECT MAX(night) FROM room_night WHERE room_type = 'STANDARD'",
                LocalDate.class);
        assertProblem(api.post("/api/staff/rooms/101/out-of-order", Map.of("from", lastOnSale.toString(),
                "until", lastOnSale.plusDays(2).toString(), "reason", "Beyond the calendar"), manager), 400,
                "validation-failed");
        assertProblem(api.post("/api/staff/rooms/101/out-of-order", Map.of("from", today.plusDays(3).toString(),
                "until", today.plusDays(4).toString()), manager), 400, "validation-failed");
        assertProblem(api.post("/api/staff/rooms/101/out-of-order", Map.of("until", "-999999999-01-01",
                "reason", "The first date there is"), manager), 400, "validation-failed");
        assertProblem(api.post("/api/staff/rooms/999/out-of-order", Map.of("from", today.plusDays(3).toString(),
                "until", today.plusDays(4).toString(), "reason", "No room"), manager), 404, "not-found");
        assertProblem(api.post("/api/staff/rooms/101/out-of-order", Map.of("from", today.plusDays(3).toString(),
                "until", today.plusDays(4).toString(), "reason", "Leak"), tokenOf("rc-yoon", STAFF_PASSWORD)), 403,
                "manager-only");
    }

    private String placeSuite(String guestName, LocalDate[] stay) {
        return guest.place(new PlaceOrderRequest(guestName, "010-2222-3333", null, "SUITE", stay[0], stay[1], 2,
                new CardDetails(Bookings.APPROVED_CARD, "12/30", "123"))).expect(201).orderId().toString();
    }

    private int suitesFree(LocalDate checkIn, LocalDate checkOut) {
        var availability = api.get("/api/availability?checkIn=" + checkIn + "&checkOut=" + checkOut + "&guests=2", null);
        for (var row : availability.body()) {
            if (row.get("roomType").asString().equals("SUITE")) {
                return row.get("available").asInt();
            }
        }
        throw new AssertionError("no SUITE in " + availability.text());
    }

    private JsonNode room(String number) {
        for (var room : api.get("/api/staff/rooms", staffToken()).body()) {
            if (room.get("number").asString().equals(number)) {
                return room;
            }
        }
        throw new AssertionError("no room " + number);
    }

    private int totalRooms(String type) {
        return jdbc.queryForObject("SELECT total_rooms FROM room_type WHERE code = ?", Integer.class, type);
    }

    private int capacity(String type, LocalDate night) {
        return jdbc.queryForObject("SELECT capacity FROM room_night WHERE room_type = ? AND night = ?", Integer.class,
                type, night);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Seoul"));
    }

    static void assertProblem(Response answer, int status, String type) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:" + type);
    }
}
