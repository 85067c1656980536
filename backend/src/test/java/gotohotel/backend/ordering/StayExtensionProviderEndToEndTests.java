package gotohotel.backend.ordering;

import static gotohotel.backend.support.Bookings.APPROVED_CARD;
import static gotohotel.backend.support.Bookings.freshStay;
import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api;
import gotohotel.shared.event.Topics;
import gotohotel.testkit.MockProvider;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nights added to a stay are charged through the same provider path as an order (decision record 52): with the circuit
 * open nothing is charged and the nights go back at once; with the provider failing after the request reached it the
 * nights stay held for the reconciler, which asks the provider by the change's id and applies the change it approved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gotohotel.payment.provider=http",
        "gotohotel.payment.timeout=400ms",
        "gotohotel.payment.circuit-breaker.sliding-window-size=100",
        "gotohotel.payment.circuit-breaker.minimum-calls=100"})
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS,
        Topics.NOTIFICATIONS_DLT})
@DirtiesContext
class StayExtensionProviderEndToEndTests {

    private static volatile boolean failing;
    @RegisterExtension
    static final MockProvider provider = new MockProvider(request -> failing
            ? new MockResponse.Builder().code(503).build()
            : new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{\"status\":\"APPROVED\",\"reference\":\"ch_" + UUID.randomUUID() + "\"}").build());

    @DynamicPropertySource
    static void providerUrl(DynamicPropertyRegistry registry) {
        registry.add("gotohotel.payment.http.base-url", provider::url);
    }

    @LocalServerPort
    private int port;
    @Autowired
    private CircuitBreakerRegistry breakers;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PendingStayChanges pending;
    @Autowired
    private StayChangeReconciler reconciler;

    private Api api;
    private CircuitBreaker breaker;

    @BeforeEach
    void reset() {
        api = new Api(port);
        breaker = breakers.circuitBreaker("payment-provider");
        breaker.reset();
        failing = false;
    }

    @Test
    void withTheCircuitOpenNothingIsChargedAndTheNightsGoBackAtOnce() {
        var booked = book();
        LocalDate added = booked.checkOut;
        int heldBefore = held(added);
        breaker.transitionToOpenState();
        int calls = provider.requestCount();

        var refused = api.put("/api/orders/" + booked.orderId + "/stay", extendedByOneNight(booked), booked.token);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(provider.requestCount()).isEqualTo(calls);
        assertThat(held(added)).isEqualTo(heldBefore);
        assertThat(status(booked)).isEqualTo("PAYMENT_FAILED");
        assertThat(charges(booked)).isZero();
        assertThat(checkOut(booked)).isEqualTo(booked.checkOut);
    }

    @Test
    void aChargeWhoseAnswerWasLostIsSettledByTheReconcilerAskingTheProvider() {
        var booked = book();
        LocalDate added = booked.checkOut;
        int heldBefore = held(added);
        failing = true;

        var unanswered = api.put("/api/orders/" + booked.orderId + "/stay", extendedByOneNight(booked), booked.token);

        assertThat(unanswered.status()).isEqualTo(503);
        // the provider may have charged: the nights stay held and the change pending until it is asked again
        assertThat(status(booked)).isEqualTo("PENDING");
        assertThat(held(added)).isEqualTo(heldBefore + 1);
        assertThat(checkOut(booked)).isEqualTo(booked.checkOut);

        failing = false;   // the provider is back and says the charge was approved
        var stuck = pending.stuckSince(Instant.now().plusSeconds(60)).stream()
                .filter(change -> change.orderId().toString().equals(booked.orderId)).findFirst().orElseThrow();
        reconciler.resolve(stuck);

        assertThat(status(booked)).isEqualTo("APPLIED");
        assertThat(charges(booked)).isEqualTo(1);
        assertThat(checkOut(booked)).isEqualTo(added.plusDays(1));
        assertThat(held(added)).isEqualTo(heldBefore + 1);
        assertThat(api.get("/api/orders/" + booked.orderId, booked.token).body().get("totalPrice").decimalValue())
                .isEqualByComparingTo("540000");
    }

    @Test
    void aDearerRoomTypeWhoseChargeAnswerWasLostIsAppliedByTheReconcilerAndTheOldTypesNightsGoBack() {
        var booked = book();
        int deluxeBefore = held(booked.checkIn);
        int suiteBefore = held("SUITE", booked.checkIn);
        String reservation = jdbc.queryForObject("SELECT id FROM reservation WHERE order_id = ?::uuid", String.class,
                booked.orderId);
        var login = api.post("/api/staff/login", Map.of("username", "admin", "password", "front-desk-test-password"),
                null);
        failing = true;

        var unanswered = api.put("/api/staff/reservations/" + reservation + "/room-type", Map.of("roomType", "SUITE",
                "card", Map.of("number", APPROVED_CARD, "expiry", "12/30", "cvc", "123")),
                login.body().get("token").asString());

        assertThat(unanswered.status()).isEqualTo(503);
        // the provider may have charged: the suite's nights stay held, the deluxe ones too, until it is asked again
        assertThat(status(booked)).isEqualTo("PENDING");
        assertThat(held("SUITE", booked.checkIn)).isEqualTo(suiteBefore + 1);
        assertThat(held(booked.checkIn)).isEqualTo(deluxeBefore);

        failing = false;   // the provider is back and says the charge was approved
        var stuck = pending.stuckSince(Instant.now().plusSeconds(60)).stream()
                .filter(change -> change.orderId().toString().equals(booked.orderId)).findFirst().orElseThrow();
        reconciler.resolve(stuck);

        assertThat(status(booked)).isEqualTo("APPLIED");
        assertThat(charges(booked)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT room_type FROM orders WHERE id = ?::uuid", String.class,
                booked.orderId)).isEqualTo("SUITE");
        assertThat(held("SUITE", booked.checkIn)).isEqualTo(suiteBefore + 1);
        assertThat(held(booked.checkIn)).as("the deluxe nights back on sale").isEqualTo(deluxeBefore - 1);
        assertThat(api.get("/api/orders/" + booked.orderId, booked.token).body().get("totalPrice").decimalValue())
                .isEqualByComparingTo("900000");
    }

    private record Booked(String orderId, String token, LocalDate checkIn, LocalDate checkOut) {
    }

    private Booked book() {
        var first = freshStay();
        freshStay();   // the night after is this test's too
        var placed = api.post("/api/orders", request("DELUXE", first, APPROVED_CARD), null);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM reservation WHERE order_id = ?::uuid", Integer.class, orderId) == 1);
        return new Booked(orderId, placed.body().get("accessToken").asString(), first[0], first[1]);
    }

    private static Map<String, Object> extendedByOneNight(Booked booked) {
        return Map.of("checkIn", booked.checkIn.toString(), "checkOut", booked.checkOut.plusDays(1).toString(), "card",
                Map.of("number", APPROVED_CARD, "expiry", "12/30", "cvc", "123"));
    }

    private int held(LocalDate night) {
        return held("DELUXE", night);
    }

    private int held(String roomType, LocalDate night) {
        return jdbc.queryForObject("SELECT held FROM room_night WHERE room_type = ? AND night = ?", Integer.class,
                roomType, Date.valueOf(night));
    }

    private String status(Booked booked) {
        return jdbc.queryForObject("SELECT status FROM order_stay_change WHERE order_id = ?::uuid", String.class,
                booked.orderId);
    }

    private int charges(Booked booked) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment_charge WHERE order_id = ?::uuid", Integer.class,
                booked.orderId);
    }

    private LocalDate checkOut(Booked booked) {
        return jdbc.queryForObject("SELECT check_out FROM orders WHERE id = ?::uuid", Date.class, booked.orderId)
                .toLocalDate();
    }
}
