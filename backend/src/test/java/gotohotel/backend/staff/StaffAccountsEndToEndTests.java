package gotohotel.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Managers manage staff accounts, receptionists may not; disabled accounts and reset passwords end sessions at once. */
class StaffAccountsEndToEndTests extends EndToEndTest {

    @Test
    void theFirstAdminIsAManagerWhoCreatesAReceptionistThatCanSignIn() {
        String username = unique("kim");
        var created = api.post("/api/staff/accounts", Map.of("username", username, "displayName", "Kim Minji",
                "role", "RECEPTIONIST", "password", STAFF_PASSWORD), staffToken());
        var login = api.post("/api/staff/login", Map.of("username", username, "password", STAFF_PASSWORD), null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/staff/accounts/" + username);
        assertThat(created.text()).doesNotContain(STAFF_PASSWORD).doesNotContain("passwordHash");
        assertThat(created.body().get("role").asString()).isEqualTo("RECEPTIONIST");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("role").asString()).isEqualTo("RECEPTIONIST");
        assertThat(login.body().get("displayName").asString()).isEqualTo("Kim Minji");
        var admin = api.get("/api/staff/accounts/admin", staffToken());
        assertThat(admin.body().get("role").asString()).isEqualTo("MANAGER");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE username = ?", String.class,
                username)).startsWith("$2").doesNotContain(STAFF_PASSWORD);
    }

    @Test
    void aReceptionistMayDecideButNotManageStaffReplayDeadLettersOrRebuildMyPage() {
        String receptionist = tokenOf(staffAccount("desk-" + UUID.randomUUID().toString().substring(0, 6),
                "Lee Desk", "RECEPTIONIST"), STAFF_PASSWORD);

        for (var refused : new gotohotel.backend.support.Api.Response[] {
                api.get("/api/staff/accounts", receptionist),
                api.post("/api/staff/accounts", Map.of("username", unique("x"), "displayName", "X", "role", "MANAGER",
                        "password", STAFF_PASSWORD), receptionist),
                api.post("/api/staff/dead-letters/replay?topic=gotohotel.orders", null, receptionist),
                api.post("/api/staff/mypages/rebuild", null, receptionist)}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:manager-only");
        }
        assertThat(api.get("/api/staff/reservations", receptionist).status()).isEqualTo(200);
        assertThat(api.get("/api/sync/changes?limit=1", receptionist).status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnceAndReEnablingLetsItSignInAgain() {
        String username = staffAccount(unique("leaver"), "Park Leaver", "RECEPTIONIST");
        String token = tokenOf(username, STAFF_PASSWORD);
        assertThat(api.get("/api/staff/reservations", token).status()).isEqualTo(200);

        var disabled = api.patch("/api/staff/accounts/" + username, Map.of("enabled", false), staffToken());

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/staff/reservations", token).status()).isEqualTo(401);
        var refusedLogin = api.post("/api/staff/login", Map.of("username", username, "password", STAFF_PASSWORD), null);
        assertThat(refusedLogin.status()).isEqualTo(401);
        assertThat(refusedLogin.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:account-disabled");
        assertThat(api.get("/api/sync/staff", staffToken()).text()).contains("\"username\":\"" + username
                + "\",\"enabled\":false");

        api.patch("/api/staff/accounts/" + username, Map.of("enabled", true), staffToken());
        assertThat(api.get("/api/staff/reservations", tokenOf(username, STAFF_PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void aResetPasswordEndsTheOldSessionsAndOnlyTheNewPasswordWorks() {
        String username = staffAccount(unique("reset"), "Choi Reset", "RECEPTIONIST");
        String old = tokenOf(username, STAFF_PASSWORD);

        var reset = api.post("/api/staff/accounts/" + username + "/password",
                Map.of("password", "harbour kimchi violin 31 lanterns"), staffToken());

        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.get("/api/staff/reservations", old).status()).isEqualTo(401);
        assertThat(api.post("/api/staff/login", Map.of("username", username, "password", STAFF_PASSWORD), null)
                .status()).isEqualTo(401);
        assertThat(tokenOf(username, "harbour kimchi violin 31 lanterns")).isNotBlank();
    }

    @Test
    void everyoneChangesTheirOwnPasswordProvingTheCurrentOneTheirOtherSessionsEnd() {
        String username = staffAccount(unique("self"), "Jung Self", "RECEPTIONIST");
        String here = tokenOf(username, STAFF_PASSWORD);
        String elsewhere = tokenOf(username, STAFF_PASSWORD);

        var wrongCurrent = api.post("/api/staff/me/password", Map.of("currentPassword", "not it",
                "newPassword", "orange ferry under the bridge 9"), here);
        var changed = api.post("/api/staff/me/password", Map.of("currentPassword", STAFF_PASSWORD,
                "newPassword", "orange ferry under the bridge 9"), here);

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.text()).contains("currentPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/staff/reservations", here).status()).isEqualTo(200);
        assertThat(api.get("/api/staff/reservations", elsewhere).status()).isEqualTo(401);
    }

    @Test
    void shortCommonAndGuessablePasswordsAreRefusedWithoutEchoingThem() {
        for (String weak : new String[] {"short", "password123", "qwertyuiop", "1234567890", "gotohotel2026"}) {
            var refused = api.post("/api/staff/accounts", Map.of("username", unique("weak"), "displayName", "Weak",
                    "role", "RECEPTIONIST", "password", weak), staffToken());

            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).contains("password").doesNotContain(weak);
        }
        assertThat(api.post("/api/staff/accounts", Map.of("username", "no spaces allowed", "displayName", "X",
                "role", "RECEPTIONIST", "password", STAFF_PASSWORD), staffToken()).status()).isEqualTo(400);
        assertThat(api.post("/api/staff/accounts", Map.of("username", "admin", "displayName", "Again",
                "role", "MANAGER", "password", STAFF_PASSWORD), staffToken()).status()).isEqualTo(409);
    }

    @Test
    void theLastEnabledManagerCannotBeDisabledOrDemoted() {
        var managers = jdbc.queryForList("SELECT username FROM staff_account WHERE role = 'MANAGER' AND enabled",
                String.class);
        org.junit.jupiter.api.Assumptions.assumeTrue(managers.equals(java.util.List.of("admin")),
                "another test made a manager");

        var disable = api.patch("/api/staff/accounts/admin", Map.of("enabled", false), staffToken());
        var demote = api.patch("/api/staff/accounts/admin", Map.of("role", "RECEPTIONIST"), staffToken());

        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:last-manager");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(api.get("/api/staff/accounts/admin", staffToken()).body().get("enabled").asBoolean()).isTrue();
        assertThat(api.patch("/api/staff/accounts/nobody-here", Map.of("enabled", false), staffToken()).status())
                .isEqualTo(404);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
