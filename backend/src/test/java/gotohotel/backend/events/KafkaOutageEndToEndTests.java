package gotohotel.backend.events;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api;
import gotohotel.backend.support.TcpForwarder;
import gotohotel.shared.event.Topics;
import gotohotel.testkit.FreePorts;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker is down when the guest books: the order is still accepted and paid, the failed Kafka send
 * leaves its publication incomplete, and once a broker listens on the port the events are sent again
 * and the hotel receives the booking exactly once. The backend bootstraps from a fixed port where
 * nothing listens until a forwarder to a freshly started embedded broker opens it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.producer.properties.max.block.ms=1500",
        "spring.kafka.producer.properties.request.timeout.ms=1500",
        "spring.kafka.producer.properties.delivery.timeout.ms=3000",
        "spring.kafka.admin.operation-timeout=2s",
        "spring.kafka.admin.properties.default.api.timeout.ms=2000",
        "spring.kafka.admin.properties.request.timeout.ms=2000",
        "logging.level.org.apache.kafka=ERROR"})
@DirtiesContext
class KafkaOutageEndToEndTests {

    private static final int KAFKA_PORT = FreePorts.one();
    private static final TcpForwarder bootstrap = new TcpForwarder(KAFKA_PORT);
    private static EmbeddedKafkaKraftBroker broker;

    @DynamicPropertySource
    static void brokerThatIsNotThereYet(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
    }

    @AfterAll
    static void stopBroker() {
        bootstrap.close();
        if (broker != null) {
            broker.destroy();
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void ordersAreAcceptedWhileKafkaIsDownAndTheirEventsAreDeliveredWhenItReturns() throws Exception {
        var api = new Api(port);

        var placed = api.post("/api/orders", request("DELUXE"), null);

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().get("status").asString()).isEqualTo("PAID");
        UUID orderId = UUID.fromString(placed.body().get("orderId").asString());
        // one event per paid order (OrderPaid, decision record 55): its publication fails while Kafka is away
        await().atMost(Duration.ofSeconds(30)).until(() -> failedPublicationsMentioning(orderId) >= 1);
        assertThat(reservationsOf(orderId)).isZero();
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(503);

        broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS,
                Topics.NOTIFICATIONS);
        broker.afterPropertiesSet();
        var brokerAddress = URI.create("kafka://" + broker.getBrokersAsString().split(",")[0]);
        bootstrap.start(brokerAddress.getHost(), brokerAddress.getPort());

        await().atMost(Duration.ofSeconds(90)).until(() -> reservationsOf(orderId) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health/readiness", null).status() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublicationsMentioning(orderId) == 0);
        assertThat(reservationsOf(orderId)).isEqualTo(1);
    }

    private int reservationsOf(UUID orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reservation WHERE order_id = ?", Integer.class, orderId);
    }

    private int failedPublicationsMentioning(UUID orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE status = 'FAILED' "
                + "AND completion_date IS NULL AND serialized_event LIKE ?", Integer.class, "%" + orderId + "%");
    }

    private int incompletePublicationsMentioning(UUID orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND serialized_event LIKE ?", Integer.class, "%" + orderId + "%");
    }
}
