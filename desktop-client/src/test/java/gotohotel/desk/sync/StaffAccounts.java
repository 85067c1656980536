package gotohotel.desk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Staff accounts on the test backend, made by its first admin (a manager) through the staff API. */
public final class StaffAccounts {

    /** The password every account made here gets (strong enough for the server's password policy). */
    public static final String PASSWORD = "lantern maple Seorak river 2026";

    private final String baseUrl;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    StaffAccounts(String baseUrl, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    /** Makes the account unless it exists; returns its username. */
    public String ensure(String username, String displayName, String role) {
        int status = send("POST", "/api/staff/accounts", Map.of("username", username, "displayName", displayName,
                "role", role, "password", PASSWORD), adminToken());
        if (status != 201 && status != 409) {
            throw new IllegalStateException("creating " + username + " answered " + status);
        }
        return username;
    }

    /** Disables or re-enables the account. */
    public void enable(String username, boolean enabled) {
        int status = send("PATCH", "/api/staff/accounts/" + username, Map.of("enabled", enabled), adminToken());
        if (status != 200) {
            throw new IllegalStateException("changing " + username + " answered " + status);
        }
    }

    public void resetPassword(String username, String password) {
        int status = send("POST", "/api/staff/accounts/" + username + "/password", Map.of("password", password),
                adminToken());
        if (status != 204) {
            throw new IllegalStateException("resetting " + username + " answered " + status);
        }
    }

    private String adminToken() {
        try {
            var answer = http.send(request("/api/staff/login", null)
                    .POST(body(Map.of("username", "admin", "password", adminPassword))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return json.readTree(answer.body()).get("token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int send(String method, String path, Map<String, ?> body, String token) {
        try {
            return http.send(request(path, token).method(method, body(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpRequest.BodyPublisher body(Map<String, ?> body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
    }
}
