package gotohotel.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.backend.support.EndToEndTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff sign out for good, and password guessing is cut short over real HTTP. */
class StaffSessionEndToEndTests extends EndToEndTest {

    @Test
    void aSignedOutTokenIsRefusedEverywhere() {
        String token = staffToken();
        assertThat(api.get("/api/staff/reservations", token).status()).isEqualTo(200);

        var logout = api.post("/api/staff/logout", null, token);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api.get("/api/staff/reservations", token).status()).isEqualTo(401);
        assertThat(api.post("/api/staff/mypages/rebuild", null, token).status()).isEqualTo(401);
        assertThat(api.post("/api/staff/logout", null, token).status()).isEqualTo(401);
        assertThat(api.get("/api/staff/reservations", staffToken()).status()).isEqualTo(200);
    }

    @Test
    void everyLoginNamesTheSameServerTheIdentityMadeOnceForItsDatabase() {
        var first = login("admin", "front-desk-test-password");
        var second = login("admin", "front-desk-test-password");

        assertThat(first.status()).isEqualTo(200);
        UUID serverId = UUID.fromString(first.body().get("serverId").asString());
        assertThat(second.body().get("serverId").asString()).isEqualTo(serverId.toString());
        assertThat(jdbc.queryForList("SELECT server_id FROM server_identity", UUID.class)).containsExactly(serverId);
    }

    @Test
    void signingOutNeedsAToken() {
        var response = api.post("/api/staff/logout", null, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBurstOfWrongPasswordsIsAnswered429WithRetryAfter() {
        String username = "guess-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong-" + i).status()).isEqualTo(401);
        }

        var throttled = login(username, "wrong-again");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:too-many-login-attempts");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 30L);
        assertThat(staffToken()).isNotBlank();
    }

    private gotohotel.backend.support.Api.Response login(String username, String password) {
        return api.post("/api/staff/login", Map.of("username", username, "password", password), null);
    }
}
