package gotohotel.backend.support;

import static org.awaitility.Awaitility.await;

import gotohotel.shared.event.Topics;
import gotohotel.testkit.GuestClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The whole backend on a random port with a real (embedded KRaft) Kafka broker. Every end-to-end test
 * class extends this one, so they share one application context and one broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS,
        Topics.NOTIFICATIONS_DLT})
public abstract class EndToEndTest {

    /** The password {@link #staffAccount} gives the accounts it makes (strong enough for the password policy). */
    protected static final String STAFF_PASSWORD = "lantern maple Seorak river 2026";
    private static final Map<UUID, String> deskSecrets = new ConcurrentHashMap<>();

    @LocalServerPort
    private int port;

    @Value("${local.management.port}")
    private int managementPort;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The public port: the API, the health probes and the OpenAPI document. */
    protected Api api;
    /** The management port (127.0.0.1 only by default): metrics, full health, Swagger UI. */
    protected Api management;
    /** A guest on the public port, in the shared-model records. */
    protected GuestClient guest;

    @BeforeEach
    void connect() {
        api = new Api(port);
        management = new Api(managementPort);
        guest = new GuestClient("http://127.0.0.1:" + port);
    }

    /** Registers a desk as a staff member does at its first sign-in there; {@link #sendCommands} sends its secret. */
    protected UUID registerDesk(String token) {
        var registered = api.post("/api/sync/desks", Map.of("name", "Test desk"), token);
        if (registered.status() != 201) {
            throw new IllegalStateException("desk registration answered " + registered.status() + ": " + registered.text());
        }
        var deskId = UUID.fromString(registered.body().get("deskId").asString());
        deskSecrets.put(deskId, registered.body().get("secret").asString());
        return deskId;
    }

    /** POST /api/sync/commands with the secret of the batch's desk, if this test registered it. */
    protected Api.Response sendCommands(Map<String, ?> batch, String token) {
        Object client = batch.get("clientId");
        String secret = client == null ? null : deskSecrets.get(UUID.fromString(client.toString()));
        return secret == null ? api.post("/api/sync/commands", batch, token)
                : api.post("/api/sync/commands", batch, token, Map.of("Desk-Secret", secret));
    }

    /** A staff account made by the first admin if it does not exist yet; its password is {@link #STAFF_PASSWORD}. */
    protected String staffAccount(String username, String displayName, String role) {
        var created = api.post("/api/staff/accounts", Map.of("username", username, "displayName", displayName,
                "role", role, "password", STAFF_PASSWORD), staffToken());
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("account creation answered " + created.status() + ": " + created.text());
        }
        return username;
    }

    protected String tokenOf(String username, String password) {
        var login = api.post("/api/staff/login", Map.of("username", username, "password", password), null);
        if (login.status() != 200) {
            throw new IllegalStateException("login answered " + login.status() + ": " + login.text());
        }
        return login.body().get("token").asString();
    }

    /** A guest books and pays a deluxe room; the order's id. */
    protected String placeOrder() {
        return guest.place(Bookings.order("DELUXE")).expect(201).orderId().toString();
    }

    /** The reservation the paid order becomes (through the events), once it exists. */
    protected String reservationOf(String orderId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT id::text FROM reservation WHERE order_id = ?::uuid", String.class, orderId), ids -> !ids.isEmpty())
                .get(0);
    }

    /**
     * Gives the reservation's stay the first room the server suggests of the booked type, as a receptionist does
     * before checking the guest in (a guest is checked in to a room); the room's number.
     */
    protected String assignRoom(String reservationId, String token) {
        var suggestions = api.get("/api/staff/reservations/" + reservationId + "/room-suggestions", token);
        if (suggestions.status() != 200) {
            throw new IllegalStateException("suggestions answered " + suggestions.status() + ": " + suggestions.text());
        }
        String room = null;
        for (var suggestion : suggestions.body()) {
            if (!suggestion.get("upgrade").asBoolean()) {
                room = suggestion.get("number").asString();
                break;
            }
        }
        if (room == null) {
            throw new IllegalStateException("no room of the booked type is free: " + suggestions.text());
        }
        var assigned = api.put("/api/staff/reservations/" + reservationId + "/room", Map.of("room", room), token);
        if (assigned.status() != 200) {
            throw new IllegalStateException("assignment answered " + assigned.status() + ": " + assigned.text());
        }
        return room;
    }

    protected String staffToken() {
        var login = api.post("/api/staff/login",
                java.util.Map.of("username", "admin", "password", "front-desk-test-password"), null);
        return login.body().get("token").asString();
    }
}
