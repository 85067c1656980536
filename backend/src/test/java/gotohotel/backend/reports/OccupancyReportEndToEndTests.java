package gotohotel.backend.reports;

import static gotohotel.backend.support.Bookings.APPROVED_CARD;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.ordering.NoShows;
import gotohotel.backend.support.Bookings;
import gotohotel.backend.support.EndToEndTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Managers' occupancy and room revenue per night, checked exactly against bookings the test makes on six nights no
 * other test uses: each status counts as decision 50 says (cancelled and rejected never, a no-show for its first
 * night only, a guest who left early up to the day they left), revenue is each booking's paid amount spread over its
 * nights.
 */
class OccupancyReportEndToEndTests extends EndToEndTest {

    @Autowired
    private NoShows noShows;
    @Autowired
    private TransactionTemplate transactions;

    private record Booked(String orderId, String token, String reservationId) {
    }

    @Test
    void countsRoomsSoldAndRevenueOfEveryBookingOnTheBooksNightByNight() {
        LocalDate d = sixFreshNights();
        String staff = staffToken();
        var confirmed = book("DELUXE", d, 2);          // 180,000 on d, d+1
        post("/confirm", confirmed, staff);
        var pending = book("STANDARD", d.plusDays(1), 3);   // 120,000 on d+1..d+3
        var cancelled = book("SUITE", d, 3);           // never counts
        assertThat(api.post("/api/orders/" + cancelled.orderId + "/cancel", null, cancelled.token).status())
                .isEqualTo(200);
        var rejected = book("FAMILY", d, 2);           // never counts
        assertThat(api.post("/api/staff/reservations/" + rejected.reservationId + "/reject",
                Map.of("reason", "Test: no such guest"), staff).status()).isEqualTo(200);
        var noShow = book("FAMILY", d.plusDays(2), 3);      // 260,000 on d+2 only: the night its fee kept
        transactions.executeWithoutResult(status ->
                assertThat(noShows.recordNoShow(UUID.fromString(noShow.orderId), d.plusDays(2))).isTrue());
        var inHouse = book("SUITE", d.plusDays(3), 2);      // 450,000 on d+3, d+4
        checkIn(inHouse, staff);
        var checkedOut = book("DELUXE", d, 1);         // 180,000 on d: left on its check-out day
        checkIn(checkedOut, staff);
        post("/check-out", checkedOut, staff);
        checkedOutOn(checkedOut, d.plusDays(1));
        var leftEarly = book("STANDARD", d.plusDays(4), 2);   // 120,000 on d+4 only: left on d+5
        checkIn(leftEarly, staff);
        post("/check-out", leftEarly, staff);
        checkedOutOn(leftEarly, d.plusDays(5));
        var neverSlept = book("FAMILY", d.plusDays(5), 1);    // never counts: checked out before its first night
        checkIn(neverSlept, staff);
        post("/check-out", neverSlept, staff);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(cancelled).equals("CANCELLED"));
        assertThat(List.of(status(confirmed), status(pending), status(rejected), status(noShow), status(inHouse),
                status(checkedOut))).containsExactly("CONFIRMED", "PENDING_CONFIRMATION", "REJECTED", "NO_SHOW",
                "CHECKED_IN", "CHECKED_OUT");

        var answer = api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d.plusDays(5), staff);

        assertThat(answer.status()).isEqualTo(200);
        var report = answer.body();
        assertThat(report.get("currency").asString()).isEqualTo("KRW");
        var nights = report.get("nights");
        assertThat(nights.size()).isEqualTo(6);
        int[] sold = {2, 2, 2, 2, 2, 0};
        long[] revenue = {360_000, 300_000, 380_000, 570_000, 570_000, 0};
        int sellableTotal = 0;
        for (int i = 0; i < 6; i++) {
            var night = nights.get(i);
            LocalDate date = d.plusDays(i);
            int sellable = roomsOnSale(date);
            assertThat(night.get("night").asString()).isEqualTo(date.toString());
            assertThat(night.get("roomsSold").asInt()).as("rooms sold on %s", date).isEqualTo(sold[i]);
            assertThat(night.get("roomsSellable").asInt()).as("rooms on sale on %s", date).isEqualTo(sellable);
            assertThat(night.get("roomRevenue").decimalValue()).as("revenue on %s", date)
                    .isEqualByComparingTo(BigDecimal.valueOf(revenue[i]));
            assertThat(night.get("occupancy").decimalValue()).isEqualByComparingTo(percent(sold[i], sellable));
            sellableTotal += sellable;
        }
        assertThat(report.get("roomsSold").asInt()).isEqualTo(10);
        assertThat(report.get("roomsSellable").asInt()).isEqualTo(sellableTotal);
        assertThat(report.get("roomRevenue").decimalValue()).isEqualByComparingTo("2180000");
        assertThat(report.get("occupancy").decimalValue()).isEqualByComparingTo(percent(10, sellableTotal));
    }

    @Test
    void aNightTakenOffSaleCountsOneRoomLess() {
        LocalDate d = sixFreshNights();
        String staff = staffToken();
        int before = api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d, staff).body().get("nights").get(0)
                .get("roomsSellable").asInt();
        jdbc.update("UPDATE room_night SET capacity = capacity - 1 WHERE room_type = 'SUITE' AND night = ?",
                Date.valueOf(d));
        try {
            var night = api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d, staff).body().get("nights").get(0);

            assertThat(night.get("roomsSellable").asInt()).isEqualTo(before - 1);
        } finally {
            jdbc.update("UPDATE room_night SET capacity = capacity + 1 WHERE room_type = 'SUITE' AND night = ?",
                    Date.valueOf(d));
        }
    }

    @Test
    void managersOnlyAndABadOrTooLongRangeIsRefusedAsAProblem() {
        String manager = staffToken();
        staffAccount("report-reception", "Receptionist Han", "RECEPTIONIST");
        String receptionist = tokenOf("report-reception", STAFF_PASSWORD);
        LocalDate d = LocalDate.of(2030, 1, 1);

        assertThat(api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d, null).status()).isEqualTo(401);
        var refused = api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d, receptionist);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        var backwards = api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d.minusDays(1), manager);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backwards.text()).contains("\"to\"");
        var tooLong = api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d.plusDays(366), manager);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("366 nights");
        assertThat(api.get("/api/staff/reports/occupancy?from=" + d + "&to=" + d.plusDays(365), manager).body()
                .get("nights").size()).isEqualTo(366);
        var notADate = api.get("/api/staff/reports/occupancy?from=tomorrow&to=" + d, manager);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/staff/reports/occupancy?from=" + d, manager).status()).isEqualTo(400);
    }

    /** Six nights in a row no other test in this JVM books. */
    private static LocalDate sixFreshNights() {
        var first = Bookings.freshStay();
        var second = Bookings.freshStay();
        var third = Bookings.freshStay();
        assertThat(List.of(second[0], third[0])).containsExactly(first[1], second[1]);
        return first[0];
    }

    private Booked book(String roomType, LocalDate checkIn, int nights) {
        var body = request(roomType, new LocalDate[] {checkIn, checkIn.plusDays(nights)}, APPROVED_CARD);
        var placed = api.post("/api/orders", body, null);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        return new Booked(orderId, placed.body().get("accessToken").asString(), reservationOf(orderId));
    }

    private void checkIn(Booked booked, String staff) {
        post("/confirm", booked, staff);
        assignRoom(booked.reservationId, staff);
        post("/check-in", booked, staff);
    }

    private void post(String action, Booked booked, String staff) {
        var answer = api.post("/api/staff/reservations/" + booked.reservationId + action, null, staff);
        assertThat(answer.status()).as(action + ": " + answer.text()).isEqualTo(200);
    }

    /**
     * As if the guest had checked out at noon on {@code day} (a test cannot wait for the date): a checked-out booking's
     * last change is its check-out.
     */
    private void checkedOutOn(Booked booked, LocalDate day) {
        jdbc.update("UPDATE reservation SET updated_at = ? WHERE id = ?::uuid",
                Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant()), booked.reservationId);
    }

    private String status(Booked booked) {
        return jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class,
                booked.reservationId);
    }

    private int roomsOnSale(LocalDate night) {
        return jdbc.queryForObject("SELECT SUM(capacity) FROM room_night WHERE night = ?", Integer.class,
                Date.valueOf(night));
    }

    private static BigDecimal percent(int sold, int sellable) {
        return BigDecimal.valueOf(sold * 100L).divide(BigDecimal.valueOf(sellable), 1, RoundingMode.HALF_UP);
    }
}
