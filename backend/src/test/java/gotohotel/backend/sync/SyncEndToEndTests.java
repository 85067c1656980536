package gotohotel.backend.sync;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The front desk's sync API over real HTTP: the changes feed and command batches. */
class SyncEndToEndTests extends EndToEndTest {

    @org.junit.jupiter.api.BeforeEach
    void receptionistPark() {
        staffAccount("park", "Receptionist Park", "RECEPTIONIST");
        staffAccount("Kim", "Kim", "RECEPTIONIST");
        staffAccount("Mina", "Mina", "RECEPTIONIST");
    }

    @Test
    void aPaidOrderAppearsInTheFeedWithWhatTheDeskShows() {
        String orderId = placeOrder();
        String staff = staffToken();
        var snapshot = await().atMost(Duration.ofSeconds(20)).until(() -> findInFeed(staff, null, orderId),
                found -> found != null);

        assertThat(snapshot.get("status")).isEqualTo("PENDING_CONFIRMATION");
        assertThat(snapshot.get("phone")).isEqualTo("01012345678");
        assertThat(new java.math.BigDecimal(snapshot.get("amount"))).isEqualByComparingTo("360000");
        assertThat(snapshot.get("currency")).isEqualTo("KRW");
        assertThat(snapshot.get("version")).isEqualTo("0");
    }

    @Test
    void aWaitingReaderIsAnsweredAsSoonAsAChangeCommits() {
        String staff = staffToken();
        String cursor = drain(staff, null);
        var waiting = CompletableFuture.supplyAsync(
                () -> api.get("/api/sync/changes?since=" + cursor + "&waitSeconds=25", staff));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());

        String orderId = placeOrder();

        var answer = await().atMost(Duration.ofSeconds(10)).until(waiting::join, response -> true);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(orderIds(answer)).contains(orderId);
    }

    @Test
    void aWaitWithNothingNewEndsWithAnEmptyPageAtTheSameCursor() {
        String staff = staffToken();
        String cursor = drain(staff, null);
        var answer = api.get("/api/sync/changes?since=" + cursor + "&waitSeconds=1", staff);
        assertThat(answer.status()).isEqualTo(200);
        // other tests may commit meanwhile; an empty page keeps the cursor
        if (answer.body().get("changes").isEmpty()) {
            assertThat(answer.body().get("nextCursor").asString()).isEqualTo(cursor);
        }
    }

    @Test
    void aDeskConfirmsAndChecksInOnceEvenWhenItSendsTheBatchTwice() {
        String reservationId = reservationOf(placeOrder());
        UUID client = registerDesk(staffToken());
        var batch = batch(client, command(1, "CONFIRM", reservationId, null), command(2, "CHECK_IN", reservationId, null));

        var first = sendCommands(batch, staffToken());
        var again = sendCommands(batch, staffToken());

        assertThat(first.status()).isEqualTo(200);
        assertThat(outcomes(first)).containsExactly("APPLIED", "APPLIED");
        assertThat(first.body().get("lastSeq").asLong()).isEqualTo(2);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(first.body().get("results").get(1).get("reservation").get("status").asString())
                .isEqualTo("CHECKED_IN");
        var history = jdbc.queryForList("""
                SELECT action, staff, account, client_id, decided_at FROM reservation_history
                WHERE reservation_id = ?::uuid ORDER BY version""", reservationId);
        assertThat(history).extracting(row -> row.get("action"))
                .containsExactly("CREATE", "CONFIRM", "ROOM_ASSIGNED", "CHECK_IN");
        assertThat(history.get(1).get("staff")).isEqualTo("park");
        assertThat(history.get(1).get("account")).isEqualTo("admin");
        assertThat(history.get(1).get("client_id")).isEqualTo(client);
    }

    @Test
    void eachChangeOfOneReservationInOneBatchGetsItsOwnVersionHistoryLineAndAnswer() {
        String orderId = placeOrder();
        String reservationId = reservationOf(orderId);
        var answer = sendCommands(batch(registerDesk(staffToken()), command(1, "CONFIRM", reservationId, null),
                command(2, "CONFIRM", reservationId, null), command(3, "CHECK_IN", reservationId, null),
                command(4, "CHECK_OUT", reservationId, null)), staffToken());

        assertThat(outcomes(answer)).containsExactly("APPLIED", "DUPLICATE", "APPLIED", "APPLIED");
        var versions = new ArrayList<Long>();
        answer.body().get("results").forEach(result -> versions.add(result.get("reservation").get("version").asLong()));
        assertThat(versions).as("the check-in gives the room first, a change of its own").containsExactly(1L, 1L, 3L, 4L);
        assertThat(jdbc.queryForList("SELECT action FROM reservation_history WHERE reservation_id = ?::uuid ORDER BY"
                + " version", String.class, reservationId))
                .containsExactly("CREATE", "CONFIRM", "ROOM_ASSIGNED", "CHECK_IN", "CHECK_OUT");
        assertThat(jdbc.queryForObject("SELECT version FROM reservation WHERE id = ?::uuid", Long.class, reservationId))
                .isEqualTo(4);
        await("the order follows all three changes").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT status FROM orders WHERE id = ?::uuid", String.class, orderId), "CHECKED_OUT"::equals);
    }

    @Test
    void aBatchSentAgainWithMoreCommandsAnswersTheOldOnesFromTheStoreAndAppliesTheNewOnes() {
        String first = reservationOf(placeOrder());
        String second = reservationOf(placeOrder());
        UUID client = registerDesk(staffToken());
        var confirmFirst = command(1, "CONFIRM", first, null);
        var answered = sendCommands(batch(client, confirmFirst), staffToken());

        var again = sendCommands(batch(client, confirmFirst, command(2, "CONFIRM", second, null),
                command(3, "CHECK_IN", first, null)), staffToken());

        assertThat(outcomes(again)).containsExactly("APPLIED", "APPLIED", "APPLIED");
        assertThat(again.body().get("results").get(0).toString())
                .isEqualTo(answered.body().get("results").get(0).toString());
        assertThat(again.body().get("lastSeq").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reservation_history WHERE client_id = ?", Long.class,
                client)).as("two confirmations, the room given with the check-in and the check-in").isEqualTo(4);
    }

    @Test
    void aKnownCommandResentUnderANewSeqAnswersFromTheStoreAndTheGapAfterItAppliesNothing() {
        String reservationId = reservationOf(placeOrder());
        String other = reservationOf(placeOrder());
        UUID client = registerDesk(staffToken());
        var confirm = command(1, "CONFIRM", reservationId, null);
        sendCommands(batch(client, confirm), staffToken());
        var resent = new LinkedHashMap<>(confirm);
        resent.put("seq", 3);

        var answer = sendCommands(batch(client, command(2, "CHECK_IN", reservationId, null), resent,
                command(4, "CONFIRM", other, null)), staffToken());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(outcomes(answer)).containsExactly("APPLIED", "APPLIED");
        assertThat(answer.body().get("results").get(1).get("seq").asLong()).isEqualTo(1);
        assertThat(answer.body().get("lastSeq").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class, other))
                .isEqualTo("PENDING_CONFIRMATION");
    }

    @Test
    void twoDesksDecidingTheSameReservationsInOppositeOrdersAtOnceBothGetAnswers() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            ids.add(placeOrder());
        }
        var reservations = ids.stream().map(this::reservationOf).toList();
        String staff = staffToken();
        for (int round = 0; round < 3; round++) {
            var forward = new ArrayList<Map<String, Object>>();
            var backward = new ArrayList<Map<String, Object>>();
            String type = List.of("CONFIRM", "CHECK_IN", "CHECK_OUT").get(round);
            for (int i = 0; i < reservations.size(); i++) {
                forward.add(command(i + 1, type, reservations.get(i), null));
                backward.add(command(i + 1, type, reservations.get(reservations.size() - 1 - i), null));
            }
            var one = CompletableFuture.supplyAsync(() -> sendCommands(
                    Map.of("clientId", registerDesk(staff), "commands", forward), staff));
            var two = CompletableFuture.supplyAsync(() -> sendCommands(
                    Map.of("clientId", registerDesk(staff), "commands", backward), staff));

            assertThat(one.join().status()).isEqualTo(200);
            assertThat(two.join().status()).isEqualTo(200);
        }
        for (String reservationId : reservations) {
            assertThat(jdbc.queryForList("SELECT action FROM reservation_history WHERE reservation_id = ?::uuid"
                    + " ORDER BY version", String.class, reservationId))
                    .containsExactly("CREATE", "CONFIRM", "ROOM_ASSIGNED", "CHECK_IN", "CHECK_OUT");
        }
    }

    @Test
    void theDeskReadsAReservationsHistoryWithWhoDidWhatFromWhichDesk() {
        String reservationId = reservationOf(placeOrder());
        UUID client = registerDesk(staffToken());
        sendCommands(batch(client, command(1, "CONFIRM", reservationId, null),
                command(2, "REJECT", reservationId, "Pipe burst in the room")), staffToken());

        var history = api.get("/api/sync/reservations/" + reservationId + "/history", staffToken());

        assertThat(history.status()).isEqualTo(200);
        var lines = new ArrayList<Map<String, String>>();
        history.body().forEach(line -> {
            var fields = new LinkedHashMap<String, String>();
            line.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asString()));
            lines.add(fields);
        });
        assertThat(lines).extracting(line -> line.get("action")).containsExactly("CREATE", "CONFIRM", "REJECT");
        assertThat(lines.get(1)).containsEntry("staff", "park").containsEntry("staffName", "Receptionist Park")
                .containsEntry("account", "admin").containsEntry("clientId", client.toString())
                .containsEntry("deskName", "Test desk").containsEntry("status", "CONFIRMED");
        assertThat(lines.get(2)).containsEntry("reason", "Pipe burst in the room");
        assertThat(lines.get(0)).doesNotContainKey("clientId");
        assertThat(api.get("/api/sync/reservations/" + UUID.randomUUID() + "/history", staffToken()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/sync/reservations/" + reservationId + "/history", null).status()).isEqualTo(401);
    }

    @Test
    void aDecisionAnotherDeskAlreadyMadeCountsAsDone() {
        String reservationId = reservationOf(placeOrder());
        sendCommands(batch(registerDesk(staffToken()), command(1, "CONFIRM", reservationId, null)),
                staffToken());

        var second = sendCommands(batch(registerDesk(staffToken()), command(1, "CONFIRM", reservationId, null)),
                staffToken());

        assertThat(outcomes(second)).containsExactly("DUPLICATE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reservation_history WHERE reservation_id = ?::uuid",
                Long.class, reservationId)).isEqualTo(2);
    }

    @Test
    void aRejectionOnAVersionBeforeAnotherPersonsConfirmationIsAConflictAndRefundsNothing() {
        String orderId = placeOrder();
        String reservationId = reservationOf(orderId);
        var confirmedAtB = sendCommands( batch(registerDesk(staffToken()),
                decision(1, "CONFIRM", reservationId, null, "Kim", 0L)), staffToken());
        assertThat(outcomes(confirmedAtB)).containsExactly("APPLIED");

        // desk A rejected offline while it still showed version 0 and reconnects after Kim's confirmation
        var rejectedAtA = sendCommands( batch(registerDesk(staffToken()),
                decision(1, "REJECT", reservationId, "Pipe burst in the room", "Mina", 0L)), staffToken());

        assertThat(outcomes(rejectedAtA)).containsExactly("CONFLICT");
        var conflict = rejectedAtA.body().get("results").get(0);
        assertThat(conflict.get("message").asString()).startsWith("Confirmed by Kim (")
                .contains("your rejection was not applied; nothing was changed or refunded");
        assertThat(conflict.get("reservation").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(conflict.get("reservation").get("version").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class,
                reservationId)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForList("SELECT action FROM reservation_history WHERE reservation_id = ?::uuid ORDER BY"
                + " version", String.class, reservationId)).containsExactly("CREATE", "CONFIRM");
        await("the order confirmed").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT status FROM orders WHERE id = ?::uuid", String.class, orderId), "CONFIRMED"::equals);
        assertThat(refundsOf(orderId)).as("refunds owed").isZero();
        assertThat(jdbc.queryForObject("SELECT refund_owed_amount FROM payment WHERE order_id = ?::uuid",
                java.math.BigDecimal.class, orderId)).isZero();
    }

    @Test
    void aRejectionFromAClientThatDoesNotSayWhatItSawIsAConflictAfterAnotherPersonsConfirmation() {
        String orderId = placeOrder();
        String reservationId = reservationOf(orderId);
        sendCommands(batch(registerDesk(staffToken()), decision(1, "CONFIRM", reservationId, null, "Kim", 0L)),
                staffToken());

        var rejected = sendCommands( batch(registerDesk(staffToken()),
                decision(1, "REJECT", reservationId, "Overbooked", "Mina", null)), staffToken());

        assertThat(outcomes(rejected)).containsExactly("CONFLICT");
        assertThat(refundsOf(orderId)).isZero();
    }

    @Test
    void harmlessDecisionsOnAMovedVersionAreStillAppliedAndARejectionOnTheVersionSeenIsApplied() {
        String orderId = placeOrder();
        String reservationId = reservationOf(orderId);
        sendCommands(batch(registerDesk(staffToken()), decision(1, "CONFIRM", reservationId, null, "Kim", 0L)),
                staffToken());

        var confirmedAndCheckedInAtA = sendCommands( batch(registerDesk(staffToken()),
                decision(1, "CONFIRM", reservationId, null, "Mina", 0L),
                decision(2, "CHECK_IN", reservationId, null, "Mina", 0L)), staffToken());
        assertThat(outcomes(confirmedAndCheckedInAtA)).containsExactly("DUPLICATE", "APPLIED");

        String other = placeOrder();
        String otherReservation = reservationOf(other);
        sendCommands(batch(registerDesk(staffToken()),
                decision(1, "CONFIRM", otherReservation, null, "Kim", 0L)), staffToken());
        var rejectedAfterSeeingIt = sendCommands( batch(registerDesk(staffToken()),
                decision(1, "REJECT", otherReservation, "Pipe burst in the room", "Mina", 1L)), staffToken());
        assertThat(outcomes(rejectedAfterSeeingIt)).containsExactly("APPLIED");
        assertThat(refundsOf(other)).isEqualTo(1);
    }

    @Test
    void aPersonRejectingOverTheirOwnConfirmationFromAnotherDeskIsApplied() {
        String orderId = placeOrder();
        String reservationId = reservationOf(orderId);
        sendCommands(batch(registerDesk(staffToken()), decision(1, "CONFIRM", reservationId, null, "Kim", 0L)),
                staffToken());

        var rejected = sendCommands( batch(registerDesk(staffToken()),
                decision(1, "REJECT", reservationId, "Guest asked by phone", "Kim", 0L)), staffToken());

        assertThat(outcomes(rejected)).containsExactly("APPLIED");
        assertThat(refundsOf(orderId)).isEqualTo(1);
    }

    @Test
    void aRejectionOverAnEarlierDecisionQueuedAtTheSameDeskByAnotherPersonIsApplied() {
        String orderId = placeOrder();
        String reservationId = reservationOf(orderId);
        UUID desk = registerDesk(staffToken());
        sendCommands(batch(desk, decision(1, "CONFIRM", reservationId, null, "Kim", 0L)),
                staffToken());

        // Mina decided at the same desk while it showed Kim's queued confirmation
        var rejected = sendCommands( batch(desk,
                decision(2, "REJECT", reservationId, "Pipe burst in the room", "Mina", 0L)), staffToken());

        assertThat(outcomes(rejected)).containsExactly("APPLIED");
    }

    @Test
    void aCheckInAfterTheGuestCancelledIsAConflictWithASentence() {
        var placed = api.post("/api/orders", request("STANDARD"), null);
        String orderId = placed.body().get("orderId").asString();
        String reservationId = reservationOf(orderId);
        api.post("/api/orders/" + orderId + "/cancel", null, placed.body().get("accessToken").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(jdbc.queryForObject(
                "SELECT status FROM reservation WHERE id = ?::uuid", String.class, reservationId)));

        var answer = sendCommands(batch(registerDesk(staffToken()), command(1, "CONFIRM", reservationId, null),
                command(2, "REJECT", reservationId, "  ")), staffToken());

        assertThat(outcomes(answer)).containsExactly("CONFLICT", "CONFLICT");
        var conflict = answer.body().get("results").get(0);
        assertThat(conflict.get("message").asString()).contains("guest cancelled");
        assertThat(conflict.get("reservation").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(answer.body().get("lastSeq").asLong()).isEqualTo(2);
    }

    @Test
    void aRejectionWithoutAReasonIsRejectedAndTheQueueMovesOn() {
        String reservationId = reservationOf(placeOrder());
        var answer = sendCommands(batch(registerDesk(staffToken()), command(1, "REJECT", reservationId, " "),
                command(2, "CONFIRM", reservationId, null),
                command(3, "CONFIRM", UUID.randomUUID().toString(), null)), staffToken());

        assertThat(outcomes(answer)).containsExactly("REJECTED", "APPLIED", "REJECTED");
        assertThat(answer.body().get("results").get(0).get("message").asString()).contains("reason");
    }

    @Test
    void aGapAppliesNothingPastItAndSaysWhereTheServerStands() {
        String reservationId = reservationOf(placeOrder());
        UUID client = registerDesk(staffToken());
        sendCommands(batch(client, command(1, "CONFIRM", reservationId, null)), staffToken());

        var gap = sendCommands(batch(client, command(3, "CHECK_IN", reservationId, null)),
                staffToken());

        assertThat(gap.status()).isEqualTo(409);
        assertThat(gap.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sync-sequence-gap");
        assertThat(gap.body().get("lastSeq").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class,
                reservationId)).isEqualTo("CONFIRMED");
    }

    @Test
    void aSeqAnotherCommandAlreadyHoldsIs409NamingItAndAppliesNothing() {
        String first = reservationOf(placeOrder());
        String second = reservationOf(placeOrder());
        UUID client = registerDesk(staffToken());   // two computers on one copied desk home: the same client id and seqs
        var fromTheFirst = command(1, "CONFIRM", first, null);
        sendCommands(batch(client, fromTheFirst), staffToken());

        var fromTheSecond = sendCommands(batch(client, command(1, "CONFIRM", second, null),
                command(2, "CHECK_IN", second, null)), staffToken());
        var theFirstGoesOn = sendCommands(batch(client, command(2, "CHECK_IN", first, null)),
                staffToken());
        var reusedAfterARepeat = sendCommands(batch(client, fromTheFirst,
                command(2, "REJECT", first, "overbooked")), staffToken());

        assertThat(fromTheSecond.status()).isEqualTo(409);
        assertThat(fromTheSecond.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:sync-sequence-reused");
        assertThat(fromTheSecond.body().get("seq").asLong()).isEqualTo(1);
        assertThat(fromTheSecond.body().get("detail").asString()).contains("Seq 1", "copied desk folder");
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class, second))
                .isEqualTo("PENDING_CONFIRMATION");
        assertThat(theFirstGoesOn.status()).isEqualTo(200);   // seq 2 was free: the first desk goes on
        assertThat(reusedAfterARepeat.status()).isEqualTo(409);
        assertThat(reusedAfterARepeat.body().get("seq").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class, first))
                .isEqualTo("CHECKED_IN");
        assertThat(jdbc.queryForObject("SELECT last_seq FROM sync_client WHERE client_id = ?", Long.class, client))
                .isEqualTo(2);
    }

    @Test
    void badBatchesAre400AndWriteNothing() {
        String staff = staffToken();
        String reservationId = reservationOf(placeOrder());
        UUID client = registerDesk(staffToken());
        var tooMany = new ArrayList<Map<String, Object>>();
        for (int seq = 1; seq <= 501; seq++) {
            tooMany.add(command(seq, "CONFIRM", reservationId, null));
        }
        var missingStaff = command(1, "CONFIRM", reservationId, null);
        missingStaff.remove("staff");

        assertThat(sendCommands(Map.of("clientId", client, "commands", tooMany), staff).status())
                .isEqualTo(400);
        assertThat(sendCommands(batch(client, missingStaff), staff).status()).isEqualTo(400);
        assertThat(sendCommands(batch(client, command(1, "CONFIRM", reservationId, null),
                command(3, "CHECK_IN", reservationId, null)), staff).status()).isEqualTo(400);
        var longName = command(1, "CONFIRM", reservationId, null);
        longName.put("staff", "R".repeat(65));   // the reservation keeps 64
        assertThat(sendCommands(batch(client, longName), staff).status()).isEqualTo(400);
        var farFuture = command(1, "CONFIRM", reservationId, null);
        farFuture.put("issuedAt", "+99999-01-01T00:00:00Z");
        var refused = sendCommands(batch(client, farFuture), staff);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("commands[0].issuedAt");
        var tomorrowAndMore = command(1, "CONFIRM", reservationId, null);
        tomorrowAndMore.put("issuedAt", Instant.now().plus(Duration.ofHours(25)).toString());
        assertThat(sendCommands(batch(client, tomorrowAndMore), staff).status()).isEqualTo(400);
        var unknownType = command(1, "UPGRADE", reservationId, null);
        assertThat(sendCommands(batch(client, unknownType), staff).status()).isEqualTo(400);
        assertThat(api.get("/api/sync/changes?limit=0", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/sync/changes?waitSeconds=31", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/sync/changes?since=abc", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/sync/changes", null).status()).isEqualTo(401);
        assertThat(sendCommands(batch(client, command(1, "CONFIRM", reservationId, null)), null)
                .status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT last_seq FROM sync_client WHERE client_id = ?", Long.class, client))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sync_command WHERE client_id = ?", Long.class, client))
                .isZero();
    }

    /** Pages through the feed from {@code cursor} to its end; returns the cursor to wait on. */
    private String drain(String staff, String cursor) {
        while (true) {
            var page = api.get("/api/sync/changes?limit=1000" + (cursor == null ? "" : "&since=" + cursor), staff);
            cursor = page.body().get("nextCursor").asString();
            if (!page.body().get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }

    private Map<String, String> findInFeed(String staff, String cursor, String orderId) {
        while (true) {
            var page = api.get("/api/sync/changes?limit=200" + (cursor == null ? "" : "&since=" + cursor), staff);
            for (var change : page.body().get("changes")) {
                if (change.get("orderId").asString().equals(orderId)) {
                    var fields = new LinkedHashMap<String, String>();
                    change.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
                    return fields;
                }
            }
            cursor = page.body().get("nextCursor").asString();
            if (!page.body().get("hasMore").asBoolean()) {
                return null;
            }
        }
    }

    private static List<String> orderIds(Response page) {
        var ids = new ArrayList<String>();
        page.body().get("changes").forEach(change -> ids.add(change.get("orderId").asString()));
        return ids;
    }

    private static List<String> outcomes(Response answer) {
        var outcomes = new ArrayList<String>();
        answer.body().get("results").forEach(result -> outcomes.add(result.get("outcome").asString()));
        return outcomes;
    }

    @SafeVarargs
    private static Map<String, Object> batch(UUID client, Map<String, Object>... commands) {
        return Map.of("clientId", client, "commands", List.of(commands));
    }

    private long refundsOf(String orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM payment_refund WHERE order_id = ?::uuid", Long.class, orderId);
    }

    /** A decision by {@code staff} on a desk that showed {@code seenVersion} (none: the client does not say). */
    private static Map<String, Object> decision(long seq, String type, String reservationId, String reason,
                                                String staff, Long seenVersion) {
        var command = command(seq, type, reservationId, reason);
        command.put("staff", staff);
        command.put("expectedVersion", seenVersion);
        return command;
    }

    private static Map<String, Object> command(long seq, String type, String reservationId, String reason) {
        var command = new LinkedHashMap<String, Object>();
        command.put("commandId", UUID.randomUUID());
        command.put("seq", seq);
        command.put("type", type);
        command.put("reservationId", reservationId);
        command.put("expectedVersion", 0);
        command.put("issuedAt", Instant.now().toString());   // the person's account exists by then
        command.put("staff", "park");
        if (reason != null) {
            command.put("reason", reason);
        }
        if (type.equals("CHECK_IN")) {
            command.put("room", "201");   // a guest is checked in to a room: the desk gives one with the check-in
        }
        return command;
    }
}
