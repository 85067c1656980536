package gotohotel.backend.notification;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.Api;
import gotohotel.shared.event.Topics;
import gotohotel.testkit.MockProvider;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** KakaoTalk AlimTalk delivery against a provider that is down, then back, or refuses the message. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gotohotel.notification.channel=kakao",
        "gotohotel.notification.kakao.app-key=app-key-e2e",
        "gotohotel.notification.kakao.secret-key=" + KakaoNotificationEndToEndTests.SECRET,
        "gotohotel.notification.kakao.sender-key=sender-key-e2e",
        "gotohotel.notification.retry.give-up-after=1m"})
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS,
        Topics.NOTIFICATIONS_DLT})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class KakaoNotificationEndToEndTests {

    static final String SECRET = "kakao-secret-never-in-logs-42";

    enum Mode { UP, DOWN, REFUSE }

    private static volatile Mode mode = Mode.UP;
    private static final List<String> delivered = new CopyOnWriteArrayList<>();
    @RegisterExtension
    static final MockProvider provider = new MockProvider(request -> switch (mode) {
        case DOWN -> new MockResponse.Builder().code(503).build();
        case REFUSE -> new MockResponse.Builder().code(400).build();
        case UP -> {
            delivered.add(request.getBody().utf8());
            yield new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(KakaoAlimTalkChannelTests.SUCCESS).build();
        }
    });

    @DynamicPropertySource
    static void providerUrl(DynamicPropertyRegistry registry) {
        registry.add("gotohotel.notification.kakao.base-url", provider::url);
    }

    @LocalServerPort
    private int port;
    @Autowired
    private EmbeddedKafkaBroker broker;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        mode = Mode.UP;
    }

    @Test
    void aProviderOutageNeverBlocksBookingsAndTheMissedMessageGoesOutOnceItRecovers(CapturedOutput output) {
        mode = Mode.DOWN;
        var placed = api.post("/api/orders", request("DELUXE"), null);
        assertThat(placed.status()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();

        var waiting = awaitMyPage(orderId, token, view -> view.get("messages").size() == 1
                && "RETRYING".equals(view.get("messages").get(0).get("status").asString())
                && view.has("reservationStatus"));
        assertThat(waiting.get("status").asString()).isEqualTo("PAID");
        assertThat(waiting.get("reservationStatus").asString()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(waiting.get("messages").get(0).get("reason").asString()).contains("503");

        mode = Mode.UP;

        var sent = awaitMyPage(orderId, token, view -> "SENT".equals(view.get("messages").get(0).get("status").asString()));
        assertThat(sent.get("messages").get(0).get("channel").asString()).isEqualTo("kakao");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> delivered.stream().filter(body -> body.contains(orderId)).count() == 1);
        assertThat(delivered.stream().filter(body -> body.contains(orderId)).findFirst().orElseThrow())
                .contains("\"templateCode\":\"GOTOHOTEL_PAID\"", "\"recipientNo\":\"01012345678\"");
        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void aRefusedMessageIsFailedOnMyPageAndItsEventKeptOnTheDeadLetterTopic() {
        mode = Mode.REFUSE;
        var placed = api.post("/api/orders", request("STANDARD"), null);
        String orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();

        var failed = awaitMyPage(orderId, token, view -> view.get("messages").size() == 1
                && "FAILED".equals(view.get("messages").get(0).get("status").asString()));
        assertThat(failed.get("status").asString()).isEqualTo("PAID");
        assertThat(failed.get("messages").get(0).get("reason").asString()).contains("HTTP 400");

        var consumer = new DefaultKafkaConsumerFactory<>(KafkaTestUtils.consumerProps(broker, "dlt-reader", true),
                new StringDeserializer(), new StringDeserializer()).createConsumer();
        broker.consumeFromAnEmbeddedTopic(consumer, Topics.NOTIFICATIONS_DLT);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1))) {
                if (record.key().equals(orderId) && record.value().contains("\"type\":\"NotificationFailed\"")
                        && record.value().contains("\"type\":\"OrderPaid\"")) {
                    return true;
                }
            }
            return false;
        });
        consumer.close();
    }

    private JsonNode awaitMyPage(String orderId, String token, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = api.get("/api/mypages/" + orderId, token);
            return response.status() == 200 ? response.body() : null;
        }, view -> view != null && ready.test(view));
    }
}
