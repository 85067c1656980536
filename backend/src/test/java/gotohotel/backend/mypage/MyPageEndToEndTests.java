package gotohotel.backend.mypage;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api.Response;
import gotohotel.backend.support.EndToEndTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

/**
 * My page follows the booking from Kafka events only, with a message for every status change, and a rebuild
 * never shows a guest less than the page had.
 */
class MyPageEndToEndTests extends EndToEndTest {

    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private DataSource dataSource;

    @Test
    void confirmedBookingShowsItsHistoryAndTwoMessages() {
        var placed = api.post("/api/orders", request("DELUXE"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        String reservationId = awaitReservation(orderId);

        api.post("/api/staff/reservations/" + reservationId + "/confirm", null, staffToken());

        var page = awaitMyPage(orderId, token, view -> "CONFIRMED".equals(text(view, "status"))
                && view.get("messages").size() == 2
                && statuses(view.get("messages")).equals(List.of("SENT", "SENT")));
        assertThat(statuses(page.get("history"))).containsExactly("PAID", "CONFIRMED");
        assertThat(text(page, "paymentStatus")).isEqualTo("APPROVED");
        assertThat(text(page, "reservationStatus")).isEqualTo("CONFIRMED");
        assertThat(text(page, "roomType")).isEqualTo("DELUXE");
        assertThat(page.get("totalPrice").decimalValue()).isEqualByComparingTo("360000");
        assertThat(page.get("messages").get(0).get("channel").asString()).isEqualTo("log");
        assertThat(texts(page)).anySatisfy(text -> assertThat(text).contains("Kim Minji", "360,000"))
                .anySatisfy(text -> assertThat(text).contains("확정"));
    }

    @Test
    void cancelledBookingShowsTheRefundMessage() {
        var placed = api.post("/api/orders", request("STANDARD"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        awaitMyPage(orderId, token, view -> "PAID".equals(text(view, "status")));

        api.post("/api/orders/" + orderId + "/cancel", null, token);

        var page = awaitMyPage(orderId, token, view -> "CANCELLED".equals(text(view, "status"))
                && "CANCELLED".equals(text(view, "reservationStatus")) && view.get("messages").size() == 2);
        assertThat(text(page, "paymentStatus")).isEqualTo("REFUNDED");
        assertThat(page.get("refundedAmount").decimalValue()).isEqualByComparingTo("240000");
        assertThat(statuses(page.get("history"))).containsExactly("PAID", "CANCELLED");
        // messages are listed in the order they were sent, which need not be the order of the changes
        assertThat(texts(page)).anySatisfy(text -> assertThat(text).contains("취소", "240,000"));
    }

    @Test
    void anotherOrdersTokenSeesNothing() {
        var mine = api.post("/api/orders", request("STANDARD"), null);
        var theirs = api.post("/api/orders", request("STANDARD"), null);
        String theirId = theirs.body().get("orderId").asString();
        awaitMyPage(theirId, theirs.body().get("accessToken").asString(), view -> true);

        assertThat(api.get("/api/mypages/" + theirId, mine.body().get("accessToken").asString()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/mypages/" + theirId, null).status()).isEqualTo(404);
    }

    @Test
    void bookingsCarryOnWhileMyPageIsDownAndItCatchesUpAfter() {
        listeners.getListenerContainer("mypage").stop();
        List<String[]> orders = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                var placed = api.post("/api/orders", request("DELUXE"), null);
                assertThat(placed.status()).isEqualTo(201);
                orders.add(new String[] {placed.body().get("orderId").asString(),
                        placed.body().get("accessToken").asString()});
            }
        } finally {
            listeners.getListenerContainer("mypage").start();
        }
        for (var order : orders) {
            var page = awaitMyPage(order[0], order[1], view -> "PAID".equals(text(view, "status"))
                    && "PENDING_CONFIRMATION".equals(text(view, "reservationStatus")));
            assertThat(statuses(page.get("history"))).containsExactly("PAID");
        }
    }

    @Test
    void duringARebuildThePageKeepsItsFullHistoryAndAfterwardsIsTheSame() throws SQLException {
        var placed = api.post("/api/orders", request("FAMILY"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        String reservationId = awaitReservation(orderId);
        api.post("/api/staff/reservations/" + reservationId + "/reject", Map.of("reason", "maintenance"), staffToken());
        var before = awaitMyPage(orderId, token, view -> "REJECTED".equals(text(view, "status"))
                && "REFUNDED".equals(text(view, "paymentStatus")) && view.get("messages").size() == 2);

        try (var projecting = holdLiveGeneration()) {
            var started = api.post("/api/staff/mypages/rebuild", null, staffToken());
            assertThat(started.status()).isEqualTo(202);
            assertThat(text(started.body(), "status")).isEqualTo("RUNNING");
            awaitRebuild("SWITCHING");

            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> api.get("/api/mypages/" + orderId, token), page -> page.status() == 200
                            && page.body().equals(before));
            assertThat(count("SELECT COUNT(*) FROM mypage WHERE order_id = ?", orderId))
                    .as("the new generation is built before the old one goes").isEqualTo(2);
        }

        var rebuild = awaitRebuild("COMPLETED");
        assertThat(rebuild.get("recordsRead").asLong()).isGreaterThanOrEqualTo(rebuild.get("recordsTotal").asLong())
                .isPositive();
        var after = api.get("/api/mypages/" + orderId, token);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(10)).until(
                () -> count("SELECT COUNT(*) FROM mypage WHERE order_id = ?", orderId) == 1);
    }

    @Test
    void anEventTheListenerAppliesWhileTheRebuildReadsIsOnThePageAfterTheSwitch() throws SQLException {
        var placed = api.post("/api/orders", request("DELUXE"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        String reservationId = awaitReservation(orderId);
        awaitMyPage(orderId, token, view -> "PENDING_CONFIRMATION".equals(text(view, "reservationStatus"))
                && view.get("messages").size() == 1 && "SENT".equals(text(view.get("messages").get(0), "status")));

        try (var reading = holdRebuildMidway()) {
            assertThat(api.post("/api/staff/mypages/rebuild", null, staffToken()).status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                    + "pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO processed_event%'",
                    Long.class) > 0);
            api.post("/api/staff/reservations/" + reservationId + "/confirm", null, staffToken());
            awaitMyPage(orderId, token, view -> "CONFIRMED".equals(text(view, "status"))
                    && view.get("messages").size() == 2);
            assertThat(text(api.get("/api/staff/mypages/rebuild", staffToken()).body(), "status"))
                    .isEqualTo("RUNNING");
        }

        awaitRebuild("COMPLETED");
        var page = api.get("/api/mypages/" + orderId, token).body();
        assertThat(text(page, "status")).isEqualTo("CONFIRMED");
        assertThat(statuses(page.get("history"))).containsExactly("PAID", "CONFIRMED");
        assertThat(page.get("messages")).hasSize(2);
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneRuns() throws SQLException {
        String first;
        try (var projecting = holdLiveGeneration()) {
            var started = api.post("/api/staff/mypages/rebuild", null, staffToken());
            assertThat(started.status()).isEqualTo(202);
            first = text(started.body(), "rebuildId");

            var refused = api.post("/api/staff/mypages/rebuild", null, staffToken());

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(text(refused.body(), "type")).isEqualTo("urn:gotohotel:problem:rebuild-running");
            assertThat(text(refused.body(), "detail")).contains(first);
        }
        assertThat(text(awaitRebuild("COMPLETED"), "rebuildId")).isEqualTo(first);
        var next = api.post("/api/staff/mypages/rebuild", null, staffToken());
        assertThat(next.status()).isEqualTo(202);
        assertThat(text(awaitRebuild("COMPLETED"), "rebuildId")).isEqualTo(text(next.body(), "rebuildId"));
    }

    /** Holds the live generation as a projection would: a rebuild cannot switch until this is closed. */
    private Held holdLiveGeneration() throws SQLException {
        return hold("SELECT pg_advisory_xact_lock_shared(?)", MyPageGenerations.LOCK);
    }

    /**
     * Stops the next rebuild in the middle of its reading: it blocks on recording an event the live generation
     * applied (this uncommitted row holds its key) until this is closed.
     */
    private Held holdRebuildMidway() throws SQLException {
        long live = jdbc.queryForObject("SELECT live FROM mypage_generation", Long.class);
        long next = Math.max(live, jdbc.queryForObject("SELECT COALESCE(MAX(generation), 0) FROM mypage_rebuild",
                Long.class)) + 1;
        var applied = jdbc.queryForObject("SELECT event_id FROM processed_event WHERE consumer = ? "
                + "ORDER BY processed_at DESC LIMIT 1", Object.class, MyPageProjection.consumerOf(live));
        return hold("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, now())",
                MyPageProjection.consumerOf(next), applied);
    }

    private Held hold(String sql, Object... arguments) throws SQLException {
        var connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.execute();
        }
        return new Held(connection);
    }

    private record Held(Connection connection) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private JsonNode awaitRebuild(String status) {
        String staff = staffToken();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/staff/mypages/rebuild", staff).body(), rebuild -> status.equals(text(rebuild, "status")));
    }

    private long count(String sql, String orderId) {
        return jdbc.queryForObject(sql, Long.class, java.util.UUID.fromString(orderId));
    }

    private JsonNode awaitMyPage(String orderId, String token, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = api.get("/api/mypages/" + orderId, token);
            return response.status() == 200 ? response.body() : null;
        }, view -> view != null && ready.test(view));
    }

    private String awaitReservation(String orderId) {
        String staff = staffToken();
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (var reservation : api.getAllPages("/api/staff/reservations", staff)) {
                if (reservation.get("orderId").asString().equals(orderId)) {
                    return reservation.get("reservationId").asString();
                }
            }
            return null;
        }, id -> id != null);
    }

    private static String text(JsonNode view, String field) {
        return view.has(field) ? view.get(field).asString() : null;
    }

    private static List<String> statuses(JsonNode lines) {
        List<String> statuses = new ArrayList<>();
        lines.forEach(line -> statuses.add(line.get("status").asString()));
        return statuses;
    }

    private static List<String> texts(JsonNode page) {
        var texts = new ArrayList<String>();
        page.get("messages").forEach(message -> texts.add(message.get("text").asString()));
        return texts;
    }
}
