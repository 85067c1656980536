package gotohotel.backend.nightaudit;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.ordering.NoShows;
import gotohotel.backend.support.EndToEndTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The night audit: a guest who never arrived becomes NO_SHOW once per business date, however many runs or instances
 * ask, keeping the first night and giving back the rest; a run a crash left midway is finished by another instance;
 * guests still in house are only listed. Each test audits the check-in day of its own bookings (dates no other test
 * uses); an audit also sweeps older bookings still waiting, which no test depends on.
 */
class NightAuditEndToEndTests extends EndToEndTest {

    @Autowired
    private NightAudit audit;
    @Autowired
    private NightAuditRuns runs;
    @Autowired
    private NoShows noShows;
    @Autowired
    private TransactionTemplate transactions;

    private record Booked(String orderId, String token, String reservationId, LocalDate checkIn) {
    }

    @Test
    void guestsWhoNeverArrivedBecomeNoShowsKeepingTheFirstNightAndFreeingTheRest() {
        String staff = staffToken();
        var confirmed = book();
        assertThat(api.post("/api/staff/reservations/" + confirmed.reservationId + "/confirm", null, staff).status())
                .isEqualTo(200);
        var pending = book();
        var later = book();
        LocalDate businessDate = pending.checkIn;
        int secondNightHeld = held(confirmed.checkIn.plusDays(1));
        int firstNightHeld = held(confirmed.checkIn);
        String cursor = drainedCursor(staff);

        assertThat(audit.run(businessDate, "instance-a")).isEqualTo(NightAudit.Outcome.FINISHED);

        assertThat(status(confirmed)).isEqualTo("NO_SHOW");
        assertThat(status(pending)).isEqualTo("NO_SHOW");
        assertThat(status(later)).isEqualTo("PENDING_CONFIRMATION");
        var last = lastHistoryLine(confirmed, staff);
        assertThat(last.get("status").asString()).isEqualTo("NO_SHOW");
        assertThat(last.get("action").asString()).isEqualTo("NO_SHOW");
        assertThat(last.get("staff").asString()).isEqualTo("night audit");
        assertThat(last.get("reason").asString()).contains(businessDate.toString());
        // the first night stays sold, the second is on sale again
        assertThat(held(confirmed.checkIn)).isEqualTo(firstNightHeld);
        assertThat(held(confirmed.checkIn.plusDays(1))).isEqualTo(secondNightHeld - 1);
        // DELUXE: 180,000 a night, two nights paid, the first kept
        var order = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/orders/" + confirmed.orderId, confirmed.token).body(),
                view -> "REFUNDED".equals(view.get("payment").get("status").asString()));
        assertThat(order.get("status").asString()).isEqualTo("NO_SHOW");
        assertThat(order.get("payment").get("refundedAmount").decimalValue()).isEqualByComparingTo("180000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_refund WHERE order_id = ?::uuid", Integer.class,
                confirmed.orderId)).isEqualTo(1);
        var page = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/mypages/" + confirmed.orderId, confirmed.token).body(),
                view -> "NO_SHOW".equals(view.get("status").asString())
                        && "NO_SHOW".equals(view.get("reservationStatus").asString())
                        && texts(view).stream().anyMatch(text -> text.contains("노쇼")));
        assertThat(texts(page)).anySatisfy(text -> assertThat(text).contains("노쇼", "180,000",
                confirmed.checkIn.toString()));
        assertThat(page.get("refundedAmount").decimalValue()).isEqualByComparingTo("180000");
        // the desks' feed carries the new status and who set it
        var changed = changesSince(cursor, staff);
        assertThat(changed).anySatisfy(snapshot -> {
            assertThat(snapshot.get("reservationId").asString()).isEqualTo(confirmed.reservationId);
            assertThat(snapshot.get("status").asString()).isEqualTo("NO_SHOW");
            assertThat(snapshot.get("lastChangedBy").asString()).isEqualTo("night audit");
        });
        var run = runOf(businessDate, staff);
        assertThat(run.get("noShows").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(run.get("claimedBy").asString()).isEqualTo("instance-a");
        assertThat(run.get("finishedAt").isNull()).isFalse();
    }

    @Test
    void aBusinessDateIsAuditedOnceHoweverManyRunsAndInstancesAsk() throws Exception {
        var booked = book();
        int secondNightHeld = held(booked.checkIn.plusDays(1));
        var start = new CountDownLatch(1);
        var runs = new ArrayList<CompletableFuture<NightAudit.Outcome>>();
        for (String instance : List.of("instance-a", "instance-b")) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                awaitStart(start);
                return audit.run(booked.checkIn, instance);
            }));
        }
        start.countDown();
        var outcomes = runs.stream().map(CompletableFuture::join).toList();
        var again = audit.run(booked.checkIn, "instance-c");

        assertThat(outcomes).containsExactlyInAnyOrder(NightAudit.Outcome.FINISHED, NightAudit.Outcome.NOT_CLAIMED);
        assertThat(again).isEqualTo(NightAudit.Outcome.NOT_CLAIMED);
        assertThat(status(booked)).isEqualTo("NO_SHOW");
        assertThat(noShowLines(booked)).isEqualTo(1);
        assertThat(held(booked.checkIn.plusDays(1))).isEqualTo(secondNightHeld - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_refund WHERE order_id = ?::uuid", Integer.class,
                booked.orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT attempts FROM night_audit_run WHERE business_date = ?", Integer.class,
                Date.valueOf(booked.checkIn))).isEqualTo(1);
    }

    @Test
    void aRunACrashLeftMidwayIsFinishedByAnotherInstanceOnceItsLeaseRunsOut() {
        var settledBeforeTheCrash = book();
        var leftByTheCrash = book();
        LocalDate businessDate = leftByTheCrash.checkIn;
        jdbc.update("""
                INSERT INTO night_audit_run (business_date, started_at, claimed_by, lease_until)
                VALUES (?, ?, 'crashed-instance', ?)""", Date.valueOf(businessDate),
                Timestamp.from(Instant.now().minusSeconds(600)), Timestamp.from(Instant.now().plusSeconds(600)));
        transactions.executeWithoutResult(status -> {
            assertThat(runs.renew(businessDate, "crashed-instance", Instant.now(), Duration.ofMinutes(10))).isTrue();
            assertThat(noShows.recordNoShow(UUID.fromString(settledBeforeTheCrash.orderId), businessDate)).isTrue();
            runs.noteNoShow(businessDate, UUID.fromString(settledBeforeTheCrash.orderId), "crashed-instance",
                    Instant.now());
        });
        int secondNightHeld = held(settledBeforeTheCrash.checkIn.plusDays(1));

        // while its lease lasts the run is the crashed instance's: nobody else starts it
        assertThat(audit.run(businessDate, "instance-b")).isEqualTo(NightAudit.Outcome.NOT_CLAIMED);
        assertThat(status(leftByTheCrash)).isEqualTo("PENDING_CONFIRMATION");

        jdbc.update("UPDATE night_audit_run SET lease_until = ? WHERE business_date = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), Date.valueOf(businessDate));
        assertThat(runs.abandoned(Instant.now())).contains(businessDate);
        assertThat(audit.run(businessDate, "instance-b")).isEqualTo(NightAudit.Outcome.FINISHED);

        assertThat(status(leftByTheCrash)).isEqualTo("NO_SHOW");
        assertThat(status(settledBeforeTheCrash)).isEqualTo("NO_SHOW");
        assertThat(noShowLines(settledBeforeTheCrash)).isEqualTo(1);
        assertThat(held(settledBeforeTheCrash.checkIn.plusDays(1))).isEqualTo(secondNightHeld);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_refund WHERE order_id = ?::uuid", Integer.class,
                settledBeforeTheCrash.orderId)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT order_id::text FROM night_audit_no_show WHERE business_date = ?",
                String.class, Date.valueOf(businessDate)))
                .contains(settledBeforeTheCrash.orderId, leftByTheCrash.orderId);
        var run = jdbc.queryForMap("SELECT * FROM night_audit_run WHERE business_date = ?", Date.valueOf(businessDate));
        assertThat(run.get("attempts")).isEqualTo(2);
        assertThat(run.get("claimed_by")).isEqualTo("instance-b");
        assertThat(run.get("finished_at")).isNotNull();
        assertThat(runs.abandoned(Instant.now())).doesNotContain(businessDate);
    }

    @Test
    void guestsStillInHouseAreListedAsDueOutsAndNeverCheckedOut() {
        String staff = staffToken();
        var inHouse = book();
        api.post("/api/staff/reservations/" + inHouse.reservationId + "/confirm", null, staff);
        assignRoom(inHouse.reservationId, staff);
        assertThat(api.post("/api/staff/reservations/" + inHouse.reservationId + "/check-in", null, staff).status())
                .isEqualTo(200);
        LocalDate checkOut = inHouse.checkIn.plusDays(2);

        assertThat(audit.run(checkOut, "instance-a")).isEqualTo(NightAudit.Outcome.FINISHED);

        assertThat(status(inHouse)).isEqualTo("CHECKED_IN");
        var dueOuts = api.get("/api/staff/night-audit/due-outs?date=" + checkOut, staff);
        assertThat(dueOuts.status()).isEqualTo(200);
        assertThat(ids(dueOuts.body())).contains(inHouse.reservationId);
        assertThat(ids(api.get("/api/staff/night-audit/due-outs?date=" + checkOut.minusDays(1), staff).body()))
                .doesNotContain(inHouse.reservationId);
        assertThat(runOf(checkOut, staff).get("dueOuts").asInt()).isGreaterThanOrEqualTo(1);
        staffAccount("night-reception", "Receptionist Yoon", "RECEPTIONIST");
        String receptionist = tokenOf("night-reception", STAFF_PASSWORD);
        assertThat(api.get("/api/staff/night-audit/runs", receptionist).status()).isEqualTo(403);
        assertThat(api.get("/api/staff/night-audit/due-outs", null).status()).isEqualTo(401);
    }

    @Test
    void bookingsOlderThanTheLookBackAreLeftForStaffNotTurnedIntoNoShows() {
        var old = book();   // a booking from before the audit existed: a first run must not refund it behind staff's back
        LocalDate checkIn = LocalDate.of(2001, 3, 5);   // business dates no other test audits
        jdbc.update("UPDATE reservation SET check_in = ?, check_out = ? WHERE id = ?::uuid", checkIn,
                checkIn.plusDays(2), old.reservationId);
        try {
            assertThat(audit.run(checkIn.plusDays(7), "instance-a")).isEqualTo(NightAudit.Outcome.FINISHED);

            assertThat(status(old)).isEqualTo("PENDING_CONFIRMATION");
            assertThat(noShowLines(old)).isZero();
            assertThat(audit.run(checkIn.plusDays(6), "instance-a")).isEqualTo(NightAudit.Outcome.FINISHED);
            assertThat(status(old)).as("the seventh day back is still swept").isEqualTo("NO_SHOW");
        } finally {   // a stay in 2001 is outside the desks' first download: the feed tests read every reservation
            jdbc.update("UPDATE reservation SET check_in = ?, check_out = ? WHERE id = ?::uuid", old.checkIn,
                    old.checkIn.plusDays(2), old.reservationId);
        }
    }

    private Booked book() {
        var body = request("DELUXE");
        var placed = api.post("/api/orders", body, null);
        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        return new Booked(orderId, placed.body().get("accessToken").asString(), reservationOf(orderId),
                LocalDate.parse((String) body.get("checkIn")));
    }

    private String status(Booked booked) {
        return jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class,
                booked.reservationId);
    }

    private int noShowLines(Booked booked) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM reservation_history WHERE reservation_id = ?::uuid AND status = 'NO_SHOW'""",
                Integer.class, booked.reservationId);
    }

    private int held(LocalDate night) {
        return jdbc.queryForObject("SELECT held FROM room_night WHERE room_type = 'DELUXE' AND night = ?",
                Integer.class, Date.valueOf(night));
    }

    private JsonNode lastHistoryLine(Booked booked, String staff) {
        var history = api.get("/api/sync/reservations/" + booked.reservationId + "/history", staff).body();
        return history.get(history.size() - 1);
    }

    private JsonNode runOf(LocalDate businessDate, String staff) {
        var answer = api.get("/api/staff/night-audit/runs?limit=366", staff);
        assertThat(answer.status()).isEqualTo(200);
        for (var run : answer.body()) {
            if (businessDate.toString().equals(run.get("businessDate").asString())) {
                return run;
            }
        }
        throw new AssertionError("no run for " + businessDate + ": " + answer.text());
    }

    private String drainedCursor(String staff) {
        String cursor = null;
        while (true) {
            var page = api.get("/api/sync/changes?limit=500" + (cursor == null ? "" : "&since=" + cursor), staff).body();
            cursor = page.get("nextCursor").asString();
            if (!page.get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }

    private List<JsonNode> changesSince(String cursor, String staff) {
        var changes = new ArrayList<JsonNode>();
        var page = api.get("/api/sync/changes?limit=500&since=" + cursor, staff).body();
        page.get("changes").forEach(changes::add);
        return changes;
    }

    private static List<String> texts(JsonNode page) {
        var texts = new ArrayList<String>();
        page.get("messages").forEach(message -> texts.add(message.get("text").asString()));
        return texts;
    }

    private static List<String> ids(JsonNode reservations) {
        var ids = new ArrayList<String>();
        reservations.forEach(reservation -> ids.add(reservation.get("reservationId").asString()));
        return ids;
    }

    private static void awaitStart(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
