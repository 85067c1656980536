package gotohotel.desk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Rooms given to stays on the test backend by its first admin through the staff API, as a receptionist gives one
 * before the guest is checked in (a guest is checked in to a room, issue 19).
 */
public final class Rooms {

    private final String baseUrl;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    Rooms(String baseUrl, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    /** Gives each stay the first room the server suggests of its booked type. */
    public void assign(Iterable<UUID> reservationIds) {
        String token = adminToken();
        for (UUID id : reservationIds) {
            assign(id, token);
        }
    }

    /** Gives the stay the first room the server suggests of its booked type; the room's number. */
    public String assign(UUID reservationId) {
        return assign(reservationId, adminToken());
    }

    private String assign(UUID reservationId, String token) {
        try {
            var suggestions = json.readTree(send(request("/api/staff/reservations/" + reservationId
                    + "/room-suggestions", token).GET(), 200));
            String room = null;
            for (var suggestion : suggestions) {
                if (!suggestion.get("upgrade").asBoolean()) {
                    room = suggestion.get("number").asText();
                    break;
                }
            }
            if (room == null) {
                throw new IllegalStateException("no free room of the booked type for " + reservationId);
            }
            send(request("/api/staff/reservations/" + reservationId + "/room", token)
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("room", room)))), 200);
            return room;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String adminToken() {
        try {
            var login = send(request("/api/staff/login", null).POST(HttpRequest.BodyPublishers.ofString(
                    json.writeValueAsString(Map.of("username", "admin", "password", adminPassword)))), 200);
            return json.readTree(login).get("token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest.Builder request, int expected) {
        try {
            var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(request.build().uri() + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer.body();
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
}
