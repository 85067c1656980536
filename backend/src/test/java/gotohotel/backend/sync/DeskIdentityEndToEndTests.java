package gotohotel.backend.sync;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Desks get their identity from the server and prove it with their secret; decisions carry the person who made
 * them, who must have been able to decide at that time (issue 17, points 2 and 3), over real HTTP.
 */
class DeskIdentityEndToEndTests extends EndToEndTest {

    @BeforeEach
    void staff() {
        staffAccount("yoon", "Yoon Seoyeon", "RECEPTIONIST");
    }

    @Test
    void anotherDesksIdCannotBeUsedWithoutItsSecret() {
        String reservationId = reservationOf(placeOrder());
        UUID victim = registerDesk(staffToken());
        var stolenId = Map.of("clientId", victim, "commands", List.of(command(1, "REJECT", reservationId, "no")));

        var withoutSecret = api.post("/api/sync/commands", stolenId, staffToken());
        var wrongSecret = api.post("/api/sync/commands", stolenId, staffToken(), Map.of("Desk-Secret", "guess"));
        var unknownDesk = api.post("/api/sync/commands", Map.of("clientId", UUID.randomUUID(), "commands",
                List.of(command(1, "REJECT", reservationId, "no"))), staffToken(), Map.of("Desk-Secret", "guess"));

        for (var refused : List.of(withoutSecret, wrongSecret, unknownDesk)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:desk-not-registered");
        }
        assertThat(lastSeq(victim)).isZero();
        assertThat(status(reservationId)).isEqualTo("PENDING_CONFIRMATION");
        var theRealDesk = sendCommands(batch(victim, command(1, "CONFIRM", reservationId, null)), staffToken());
        assertThat(theRealDesk.status()).isEqualTo(200);
        assertThat(outcomes(theRealDesk)).containsExactly("APPLIED");
    }

    @Test
    void aRevokedDeskIsRefusedAndOnlyAManagerMayRevoke() {
        String reservationId = reservationOf(placeOrder());
        String receptionist = tokenOf("yoon", STAFF_PASSWORD);
        UUID desk = registerDesk(receptionist);   // any staff member registers the desk they sit at

        var byReceptionist = api.post("/api/staff/desks/" + desk + "/revoke", null, receptionist);
        var listedByReceptionist = api.get("/api/staff/desks", receptionist);
        var byManager = api.post("/api/staff/desks/" + desk + "/revoke", null, staffToken());
        var afterRevoke = sendCommands(batch(desk, command(1, "CONFIRM", reservationId, null)), receptionist);

        assertThat(byReceptionist.status()).isEqualTo(403);
        assertThat(byReceptionist.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:manager-only");
        assertThat(listedByReceptionist.status()).isEqualTo(403);
        assertThat(byManager.status()).isEqualTo(200);
        assertThat(byManager.body().get("revokedBy").asString()).isEqualTo("admin");
        assertThat(afterRevoke.status()).isEqualTo(403);
        assertThat(afterRevoke.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:desk-revoked");
        assertThat(status(reservationId)).isEqualTo("PENDING_CONFIRMATION");
        var listed = api.get("/api/staff/desks", staffToken());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.text()).contains(desk.toString()).doesNotContain("secret");
        assertThat(jdbc.queryForObject("SELECT secret_hash FROM sync_client WHERE client_id = ?", String.class, desk))
                .hasSize(64);
        assertThat(api.post("/api/staff/desks/" + UUID.randomUUID() + "/revoke", null, staffToken()).status())
                .isEqualTo(404);
    }

    @Test
    void aDecisionMadeAfterThePersonWasDisabledIsRejectedOneMadeBeforeIsApplied() {
        String username = staffAccount("leaver-" + UUID.randomUUID().toString().substring(0, 8), "Han Leaver",
                "RECEPTIONIST");
        String before = reservationOf(placeOrder());
        String after = reservationOf(placeOrder());
        UUID desk = registerDesk(staffToken());
        var madeBefore = command(1, "CONFIRM", before, null);
        madeBefore.put("staff", username);
        madeBefore.put("issuedAt", Instant.now().toString());   // after the account was made, before it is disabled

        assertThat(api.patch("/api/staff/accounts/" + username, Map.of("enabled", false), staffToken()).status())
                .isEqualTo(200);
        var madeAfter = command(2, "CONFIRM", after, null);
        madeAfter.put("staff", username);
        madeAfter.put("issuedAt", Instant.now().plusSeconds(1).toString());
        var nobody = command(3, "CONFIRM", after, null);
        nobody.put("staff", "nobody-" + UUID.randomUUID().toString().substring(0, 8));
        var answer = sendCommands(batch(desk, madeBefore, madeAfter, nobody), staffToken());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(outcomes(answer)).containsExactly("APPLIED", "REJECTED", "REJECTED");
        assertThat(answer.body().get("results").get(1).get("message").asString()).contains(username, "disabled");
        assertThat(status(before)).isEqualTo("CONFIRMED");
        assertThat(status(after)).isEqualTo("PENDING_CONFIRMATION");
        var history = api.get("/api/sync/reservations/" + before + "/history", staffToken());
        assertThat(history.body().get(1).get("staff").asString()).isEqualTo(username);
        assertThat(history.body().get(1).get("staffName").asString()).isEqualTo("Han Leaver");
        assertThat(history.body().get(1).get("deskName").asString()).isEqualTo("Test desk");
        assertThat(history.body().get(1).get("account").asString()).isEqualTo("admin");
    }

    @Test
    void aNewPersonsFirstDecisionOnADeskWhoseClockRunsBehindIsApplied() {
        String username = staffAccount("new-" + UUID.randomUUID().toString().substring(0, 8), "Oh Newcomer",
                "RECEPTIONIST");
        String reservationId = reservationOf(placeOrder());
        UUID desk = registerDesk(staffToken());
        var slowClock = command(1, "CONFIRM", reservationId, null);
        slowClock.put("staff", username);
        slowClock.put("issuedAt", Instant.now().minus(Duration.ofMinutes(5)).toString());   // before the account

        var answer = sendCommands(batch(desk, slowClock), staffToken());

        assertThat(outcomes(answer)).as(answer.text()).containsExactly("APPLIED");
        assertThat(status(reservationId)).isEqualTo("CONFIRMED");
    }

    @Test
    void twoManagersCreatingOneNameAtOnceMakeOneAccountAndA409() throws Exception {
        String username = "twin-" + UUID.randomUUID().toString().substring(0, 8);
        var create = Map.of("username", username, "displayName", "Twin", "role", "RECEPTIONIST",
                "password", STAFF_PASSWORD);
        String token = staffToken();
        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post("/api/staff/accounts", create, token));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post("/api/staff/accounts", create, token));

        var statuses = List.of(first.get().status(), second.get().status());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_account_audit WHERE username = ? AND action = "
                + "'CREATED'", Long.class, username)).isEqualTo(1);
    }

    private String status(String reservationId) {
        return jdbc.queryForObject("SELECT status FROM reservation WHERE id = ?::uuid", String.class, reservationId);
    }

    private long lastSeq(UUID desk) {
        return jdbc.queryForObject("SELECT last_seq FROM sync_client WHERE client_id = ?", Long.class, desk);
    }

    private static List<String> outcomes(Response answer) {
        var outcomes = new java.util.ArrayList<String>();
        answer.body().get("results").forEach(result -> outcomes.add(result.get("outcome").asString()));
        return outcomes;
    }

    @SafeVarargs
    private static Map<String, Object> batch(UUID client, Map<String, Object>... commands) {
        return Map.of("clientId", client, "commands", List.of(commands));
    }

    private static Map<String, Object> command(long seq, String type, String reservationId, String reason) {
        var command = new LinkedHashMap<String, Object>();
        command.put("commandId", UUID.randomUUID());
        command.put("seq", seq);
        command.put("type", type);
        command.put("reservationId", reservationId);
        command.put("expectedVersion", 0);
        command.put("issuedAt", Instant.now().toString());   // the person's account exists by then
        command.put("staff", "yoon");
        if (reason != null) {
            command.put("reason", reason);
        }
        return command;
    }
}
