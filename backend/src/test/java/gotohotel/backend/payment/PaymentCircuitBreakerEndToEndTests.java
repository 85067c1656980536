package gotohotel.backend.payment;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api;
import gotohotel.backend.support.Api.Response;
import gotohotel.shared.event.Topics;
import gotohotel.testkit.MockProvider;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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

/** The HTTP provider behind the time limit and circuit breaker, against a provider that fails or is slow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gotohotel.payment.provider=http",
        "gotohotel.payment.timeout=400ms",
        "gotohotel.payment.circuit-breaker.sliding-window-size=4",
        "gotohotel.payment.circuit-breaker.minimum-calls=4",
        "gotohotel.payment.circuit-breaker.failure-rate-threshold=50",
        "gotohotel.payment.circuit-breaker.slow-call-duration=300ms",
        "gotohotel.payment.circuit-breaker.open-duration=2s",
        "gotohotel.payment.circuit-breaker.half-open-calls=2"})
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS,
        Topics.NOTIFICATIONS_DLT})
@DirtiesContext
class PaymentCircuitBreakerEndToEndTests {

    enum Mode { APPROVE, FAIL, SLOW, PENDING }

    private static volatile Mode mode = Mode.APPROVE;
    private static final List<String> calls = new CopyOnWriteArrayList<>();
    @RegisterExtension
    static final MockProvider provider = new MockProvider(request -> {
        calls.add(request.getMethod() + " " + request.getTarget());
        return switch (mode) {
            case FAIL -> new MockResponse.Builder().code(503).build();
            case SLOW -> approval().headersDelay(2, TimeUnit.SECONDS).build();
            case APPROVE -> approval().build();
            case PENDING -> new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{\"status\":\"PENDING\",\"reference\":\"ch_" + "p".repeat(300) + "\"}").build();
        };
    });

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

    private Api api;
    private CircuitBreaker breaker;

    @BeforeEach
    void reset() {
        api = new Api(port);
        breaker = breakers.circuitBreaker("payment-provider");
        breaker.reset();
        mode = Mode.APPROVE;
    }

    @Test
    void failingProviderOpensTheCircuitAndThenGuestsAreAnsweredWithoutCallingIt() {
        mode = Mode.FAIL;
        for (int i = 0; i < 4; i++) {
            assertUnavailable(api.post("/api/orders", request("DELUXE"), null));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsSoFar = provider.requestCount();

        var refused = api.post("/api/orders", request("DELUXE"), null);

        assertUnavailable(refused);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
        assertThat(provider.requestCount()).isEqualTo(callsSoFar);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM room_hold WHERE released_at IS NULL AND order_id IN "
                + "(SELECT id FROM orders WHERE status = 'PAYMENT_FAILED')", Integer.class)).isZero();
    }

    @Test
    void slowProviderIsCutOffByTheTimeout() {
        mode = Mode.SLOW;
        long started = System.nanoTime();

        var response = api.post("/api/orders", request("STANDARD"), null);

        assertUnavailable(response);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1900));
    }

    @Test
    void circuitClosesAgainThroughHalfOpenOnceTheProviderRecovers() {
        mode = Mode.FAIL;
        for (int i = 0; i < 4; i++) {
            api.post("/api/orders", request("STANDARD"), null);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        mode = Mode.APPROVE;

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
            api.post("/api/orders", request("STANDARD"), null);
            return breaker.getState() == CircuitBreaker.State.CLOSED;
        });

        assertThat(api.post("/api/orders", request("STANDARD"), null).status()).isEqualTo(201);
    }

    @Test
    void oneOrderMakesExactlyOneAuthorisationCall() {
        int before = calls.size();

        var placed = api.post("/api/orders", request("DELUXE"), null);

        assertThat(placed.status()).isEqualTo(201);
        var made = List.copyOf(calls);
        assertThat(made.subList(before, made.size())).filteredOn("POST /v1/authorizations"::equals).hasSize(1);
    }

    @Test
    void anApprovalTheProviderMadeAfterOurTimeoutIsRefunded() {
        var before = jdbc.queryForList("SELECT id FROM orders", UUID.class);
        mode = Mode.SLOW;

        assertUnavailable(api.post("/api/orders", request("SUITE"), null));

        var lost = jdbc.queryForList("SELECT id FROM orders WHERE status = 'PAYMENT_FAILED'", UUID.class).stream()
                .filter(id -> !before.contains(id)).findFirst().orElseThrow();
        mode = Mode.APPROVE;
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT status FROM payment WHERE order_id = ?", String.class, lost).equals(List.of("REFUNDED")));
        assertThat(calls).contains("GET /v1/authorizations/" + lost, "POST /v1/authorizations/" + lost + "/refunds");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_unresolved WHERE order_id = ?", Integer.class,
                lost)).isZero();
    }

    @Test
    void aPendingAnswerIsNotFinalAndTheLateApprovalIsRefundedOnceTheProviderDecides() {
        var before = jdbc.queryForList("SELECT id FROM orders", UUID.class);
        mode = Mode.SLOW;
        assertUnavailable(api.post("/api/orders", request("SUITE"), null));
        var lost = jdbc.queryForList("SELECT id FROM orders WHERE status = 'PAYMENT_FAILED'", UUID.class).stream()
                .filter(id -> !before.contains(id)).findFirst().orElseThrow();
        mode = Mode.PENDING;

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT attempts FROM payment_unresolved WHERE order_id = ?", Integer.class, lost) >= 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class, lost)).isZero();
        mode = Mode.APPROVE;

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT status FROM payment WHERE order_id = ?", String.class, lost).equals(List.of("REFUNDED")));
        assertThat(calls).filteredOn(("POST /v1/authorizations/" + lost + "/refunds")::equals).hasSize(1);
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:payment-unavailable");
    }

    private static MockResponse.Builder approval() {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"status\":\"APPROVED\",\"reference\":\"ch_" + UUID.randomUUID() + "\"}");
    }
}
