package gotohotel.backend.support;

import gotohotel.shared.event.Topics;
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

    @BeforeEach
    void connect() {
        api = new Api(port);
        management = new Api(managementPort);
    }

    protected String staffToken() {
        var login = api.post("/api/staff/login",
                java.util.Map.of("username", "admin", "password", "front-desk-test-password"), null);
        return login.body().get("token").asString();
    }
}
