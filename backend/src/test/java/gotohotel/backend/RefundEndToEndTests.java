package gotohotel.backend;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Cancellation is decided against the hotel's reservation, and every refund is owed with the state change
 * that owes it: one refund per order at the provider whatever races, and a refund the provider could not
 * take lands once it is back.
 */
class RefundEndToEndTests extends EndToEndTest {

    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private CircuitBreakerRegistry breakers;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private ApplicationContext context;

    private final ExecutorService racers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    @Test
    void aGuestWhoCheckedInCannotCancelEvenBeforeTheOrderHasCaughtUp() {
        var order = placeAndAwaitReservation("DELUXE");
        listeners.getListenerContainer("ordering-reservations").stop();
        try {
            String staff = staffToken();
            api.post("/api/staff/reservations/" + order.reservationId + "/confirm", null, staff);
            assignRoom(order.reservationId, staff);
            assertThat(api.post("/api/staff/reservations/" + order.reservationId + "/check-in", null, staff).status())
                    .isEqualTo(200);
            assertThat(api.get("/api/orders/" + order.id, order.token).body().get("status").asString())
                    .isEqualTo("PAID");

            var refused = api.post("/api/orders/" + order.id + "/cancel", null, order.token);

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asString()).isEqualTo("urn:gotohotel:problem:cancellation-refused");
            assertThat(refused.body().get("detail").asString()).contains("checked in");
            assertThat(providerRefunds(order.id)).isZero();
            assertThat(reservationStatus(order.id)).isEqualTo("CHECKED_IN");
        } finally {
            listeners.getListenerContainer("ordering-reservations").start();
        }
    }

    @Test
    void aSecondCancellationIsRefusedAndRefundsNothingMore() {
        var order = placeAndAwaitReservation("STANDARD");

        var first = api.post("/api/orders/" + order.id + "/cancel", null, order.token);
        var second = api.post("/api/orders/" + order.id + "/cancel", null, order.token);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("payment").get("status").asString()).isEqualTo("REFUNDED");
        assertThat(second.status()).isEqualTo(409);
        assertThat(providerRefunds(order.id)).isEqualTo(1);
        assertThat(reservationStatus(order.id)).isEqualTo("CANCELLED");
    }

    @Test
    void aConcurrentRejectionAndCancellationRefundExactlyOnce() throws Exception {
        String staff = staffToken();
        List<PlacedOrder> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(placeAndAwaitReservation("STANDARD"));
        }

        for (var order : orders) {
            var start = new CountDownLatch(1);
            var reject = race(start, () -> api.post("/api/staff/reservations/" + order.reservationId + "/reject",
                    Map.of("reason", "Water damage"), staff));
            var cancel = race(start, () -> api.post("/api/orders/" + order.id + "/cancel", null, order.token));
            start.countDown();
            int rejected = reject.get().status();
            int cancelled = cancel.get().status();

            assertThat(List.of(rejected, cancelled)).as("one of them wins, the other is told why not")
                    .containsExactlyInAnyOrder(200, 409);
            String outcome = rejected == 200 ? "REJECTED" : "CANCELLED";
            await().atMost(Duration.ofSeconds(20)).until(() -> outcome.equals(orderStatus(order)));
            await().atMost(Duration.ofSeconds(10)).until(() -> "REFUNDED".equals(paymentStatus(order)));
            assertThat(reservationStatus(order.id)).isEqualTo(outcome);
            assertThat(providerRefunds(order.id)).isEqualTo(1);
        }
    }

    @Test
    void aRefundWhileTheProviderIsDownIsRetriedAndLandsOnceItIsBack() {
        var order = placeAndAwaitReservation("STANDARD");
        var breaker = breakers.circuitBreaker("payment-provider");
        breaker.transitionToForcedOpenState();
        Response cancelled;
        try {
            cancelled = api.post("/api/orders/" + order.id + "/cancel", null, order.token);

            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.body().get("payment").get("status").asString()).isEqualTo("REFUND_PENDING");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM room_hold WHERE order_id = ? AND released_at IS NOT NULL",
                    Integer.class, UUID.fromString(order.id))).isEqualTo(1);
            assertThat(meters.get("gotohotel.payment.refunds.pending").gauge().value()).isGreaterThanOrEqualTo(1);
            var health = context.getBean("refundsHealthIndicator", HealthIndicator.class).health(true);
            assertThat(((Number) health.getDetails().get("pending")).longValue()).isGreaterThanOrEqualTo(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                    "SELECT MAX(attempts) FROM payment_refund WHERE order_id = ?", Integer.class,
                    UUID.fromString(order.id)) >= 2);
            assertThat(providerRefunds(order.id)).isZero();
        } finally {
            breaker.transitionToClosedState();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> "REFUNDED".equals(paymentStatus(order)));
        var refunded = api.get("/api/orders/" + order.id, order.token);
        assertThat(refunded.body().get("payment").get("refundedAmount").decimalValue()).isEqualByComparingTo("240000");
        assertThat(providerRefunds(order.id)).isEqualTo(1);
        assertThat(reservationStatus(order.id)).isEqualTo("CANCELLED");
    }

    private record PlacedOrder(String id, String token, String reservationId) {
    }

    private PlacedOrder placeAndAwaitReservation(String roomType) {
        var placed = api.post("/api/orders", request(roomType), null);
        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        String reservationId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT CAST(id AS VARCHAR(36)) FROM reservation WHERE order_id = ?", String.class,
                UUID.fromString(orderId)).stream().findFirst().orElse(null), id -> id != null);
        return new PlacedOrder(orderId, placed.body().get("accessToken").asString(), reservationId);
    }

    private CompletableFuture<Response> race(CountDownLatch start, Supplier<Response> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return call.get();
        }, racers);
    }

    private String orderStatus(PlacedOrder order) {
        return api.get("/api/orders/" + order.id, order.token).body().get("status").asString();
    }

    private String paymentStatus(PlacedOrder order) {
        return api.get("/api/orders/" + order.id, order.token).body().get("payment").get("status").asString();
    }

    private String reservationStatus(String orderId) {
        return jdbc.queryForObject("SELECT status FROM reservation WHERE order_id = ?", String.class,
                UUID.fromString(orderId));
    }

    private int providerRefunds(String orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment_simulated_ledger WHERE order_id = ? AND kind = 'REFUND'",
                Integer.class, UUID.fromString(orderId));
    }
}
