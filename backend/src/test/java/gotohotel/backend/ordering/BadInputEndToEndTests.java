package gotohotel.backend.ordering;

import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refused request answers with problem details naming the fields, and writes nothing. */
class BadInputEndToEndTests extends EndToEndTest {

    private int ordersBefore;
    private int heldBefore;

    @BeforeEach
    void countWhatExists() {
        ordersBefore = jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class);
        heldBefore = jdbc.queryForObject("SELECT COALESCE(SUM(held), 0) FROM room_night", Integer.class);
    }

    @Test
    void aNulCharacterInTheNameIs400NotADatabaseError() {
        assertProblem(placeWith(body -> body.put("guestName", "Kim\u0000Minji")), 400, "guestName");
    }

    @Test
    void staffInputPostgresCannotStoreIsRefusedCleanly() {
        assertThat(api.post("/api/staff/login", java.util.Map.of("username", "ad\u0000min", "password", "x"), null)
                .status()).isEqualTo(401);
        String staff = staffToken();
        assertProblem(api.get("/api/staff/reservations?from=%2B999999999-01-01", staff), 400, "from");
        assertThat(api.get("/api/staff/reservations?after=" + java.util.Base64.getUrlEncoder().encodeToString(
                "+999999999-01-01|2026-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000".getBytes()), staff)
                .status()).isEqualTo(400);
    }

    @Test
    void anEncodedSlashInAPathIsAProblemNotTomcatsHtmlPage() {
        var order = api.get("/api/orders/abc%2Fdef", null);
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.contentType()).startsWith("application/problem+json");
        assertThat(order.body().get("errors").findValuesAsString("field")).contains("orderId");

        var elsewhere = api.get("/api/orders%2F..%2Fstaff%2Faccounts", null);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");

        assertThat(api.get("/css%2F..%2F..%2Fapplication.properties", null).status()).isEqualTo(404);
        assertThat(api.get("/%252F..%252Fapplication.properties", null).status()).isIn(400, 404);
    }

    @Test
    void aGuestsOrderIsNeverCachedHoweverItsPathIsSpelt() {
        for (String spelling : new String[] {"/api/orders/", "/api/%6Frders/", "/api;x=1/orders/"}) {
            var order = api.get(spelling + java.util.UUID.randomUUID(), null);
            assertThat(order.header("Cache-Control")).as(spelling).isEqualTo("no-store");
        }
    }

    @Test
    void malformedJsonIs400() {
        var response = api.post("/api/orders", "{\"guestName\": ", null);
        assertProblem(response, 400, "body");
    }

    @Test
    void unparseableDateNamesTheField() {
        assertProblem(placeWith(body -> body.put("checkIn", "2027-02-30")), 400, "checkIn");
    }

    @Test
    void nightsNotOnSaleYetAre400OnCheckOutEvenThoughTheFirstNightsAreHeldFirst() {
        // the hold decides (no availability read before it): the nights on sale are held, the last one is not on
        // sale, and everything is rolled back into a field error rather than a sell-out
        LocalDate lastOnSale = jdbc.queryForObject("SELECT MAX(night) FROM room_night WHERE room_type = 'DELUXE'",
                LocalDate.class);
        var response = placeWith(body -> {
            body.put("checkIn", lastOnSale.minusDays(1).toString());
            body.put("checkOut", lastOnSale.plusDays(2).toString());
        });
        assertProblem(response, 400, "checkOut");
        assertThat(response.body().get("errors").findValuesAsString("message"))
                .contains("the hotel does not sell these nights yet");
    }

    @Test
    void checkOutMustBeAfterCheckIn() {
        var stay = freshStay();
        assertProblem(placeWith(body -> body.put("checkOut", stay[0].toString())), 400, "checkOut");
    }

    @Test
    void checkInMustNotBeInThePast() {
        assertProblem(placeWith(body -> body.put("checkIn", LocalDate.now().minusDays(3).toString())), 400, "checkIn");
    }

    @Test
    void guestCountMustFitTheRoom() {
        assertProblem(placeWith(body -> body.put("guestCount", 0)), 400, "guestCount");
        assertProblem(placeWith(body -> body.put("guestCount", 3)), 400, "guestCount");
    }

    @Test
    void unknownRoomTypeIs400() {
        assertProblem(placeWith(body -> body.put("roomType", "PENTHOUSE")), 400, "roomType");
    }

    @Test
    void invalidCardIs400WithEveryCardField() {
        var response = placeWith(body -> body.put("card", Map.of("number", "4242424242424241", "expiry", "13/29",
                "cvc", "12")));
        assertProblem(response, 400, "card.number");
        assertThat(response.text()).contains("card.expiry", "card.cvc").doesNotContain("4242424242424241");
    }

    @Test
    void phoneMustBeAMobileNumber() {
        assertProblem(placeWith(body -> body.put("phone", "call me")), 400, "phone");
    }

    @Test
    void bodiesOver64KbAre413() {
        var response = placeWith(body -> body.put("guestName", "x".repeat(70 * 1024)));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertNothingWritten();
    }

    @Test
    void chunkedBodiesOver64KbAre413Too() {
        var body = new HashMap<>(request("DELUXE"));
        body.put("guestName", "x".repeat(70 * 1024));

        var response = api.postStreamed("/api/orders", body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:payload-too-large");
        assertNothingWritten();
    }

    @Test
    void anIdempotencyKeyOver255CharactersIs400() {
        var response = api.post("/api/orders", request("DELUXE"), null, Map.of("Idempotency-Key", "k".repeat(300)));

        assertProblem(response, 400, "Idempotency-Key");
    }

    @Test
    void availabilityWithBadDatesIs400() {
        assertThat(api.get("/api/availability?checkIn=tomorrow&checkOut=2027-01-01", null).status()).isEqualTo(400);
        var stay = freshStay();
        assertProblem(api.get("/api/availability?checkIn=" + stay[1] + "&checkOut=" + stay[0], null), 400, "checkOut");
    }

    private Response placeWith(Consumer<Map<String, Object>> change) {
        var body = new HashMap<>(request("DELUXE"));
        change.accept(body);
        return api.post("/api/orders", body, null);
    }

    private void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).startsWith("urn:gotohotel:problem:");
        assertThat(response.body().get("title").asString()).isNotBlank();
        assertThat(response.body().get("errors").findValuesAsString("field")).contains(field);
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class)).isEqualTo(ordersBefore);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(held), 0) FROM room_night", Integer.class))
                .isEqualTo(heldBefore);
    }
}
