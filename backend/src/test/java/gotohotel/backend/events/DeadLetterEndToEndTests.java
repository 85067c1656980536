package gotohotel.backend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.event.Booking;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.OrderPaid;
import gotohotel.shared.event.OrderPlaced;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records no consumer can read, put on the topics between valid events of the same order (so in the
 * same partition, usually the same poll): the valid events are applied by every consumer and only the
 * bad records land on the dead-letter topics, from where staff can replay them.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterEndToEndTests extends EndToEndTest {

    private static final String PHONE = "010-9876-5432";

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JsonMapper json;
    @Autowired
    MeterRegistry meters;
    @Autowired
    UnreadableDeadLetters unreadable;

    private final List<Consumer<String, String>> readers = new ArrayList<>();
    private KafkaTemplate<String, byte[]> producer;

    @AfterEach
    void close() {
        readers.forEach(Consumer::close);
        if (producer != null) {
            producer.destroy();
        }
    }

    @Test
    void validEventsAroundMalformedOnesAreAppliedByEveryConsumer(CapturedOutput output) {
        UUID orderId = UUID.randomUUID();
        String key = orderId.toString();
        var booking = new Booking("Dead Letter", PHONE, "STANDARD", LocalDate.of(2032, 3, 1),
                LocalDate.of(2032, 3, 3), 2);
        var template = producer();
        template.send(Topics.ORDERS, key, bytes("{\"type\":\"OrderPlaced\",\"eventId\":\"" + PHONE));
        template.send(Topics.ORDERS, key, event(new OrderPlaced(UUID.randomUUID(), Instant.now(), orderId, booking,
                new BigDecimal("200000"), "KRW")));
        template.send(Topics.PAYMENTS, key, bytes("{\"type\":\"NoSuchEvent\",\"phone\":\"" + PHONE + "\"}"));
        template.send(Topics.PAYMENTS, key, event(new PaymentApproved(UUID.randomUUID(), Instant.now(), orderId,
                booking, new BigDecimal("200000"), "KRW", "4242")));
        template.send(Topics.PAYMENTS, key, bytes("not json at all"));
        template.flush();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("SELECT COUNT(*) FROM reservation WHERE order_id = ?", orderId)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM mypage WHERE order_id = ?", orderId)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM notification_recipient WHERE order_id = ?", orderId)).isEqualTo(1);
        });
        // reservation, my page and notifications each dead-letter the two bad payment records
        var deadLetters = awaitDeadLetters(Topics.PAYMENTS, key, 6);
        assertThat(deadLetters).allSatisfy(record -> assertThat(record.headers()
                .lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC).value()).asString(StandardCharsets.UTF_8)
                .isEqualTo(Topics.PAYMENTS));
        assertThat(deadLetters).extracting(ConsumerRecord::value).contains("not json at all");
        awaitDeadLetters(Topics.ORDERS, key, 2);
        assertThat(meters.counter("gotohotel.events.dead.letters", "topic", Topics.PAYMENTS,
                "consumer", "reservation").count()).isGreaterThanOrEqualTo(2);
        assertThat(output.getAll()).contains("WARN").containsPattern("Dead-lettered gotohotel\\.payments-\\d+@\\d+")
                .doesNotContain(PHONE);
    }

    @Test
    void anUnreadableReservationEventDoesNotHoldUpOrderingAndCanBeReplayed() {
        String key = UUID.randomUUID().toString();
        var template = producer();
        template.send(Topics.RESERVATIONS, key, bytes("{\"type\":\"ReservationConfirmed\""));
        template.flush();

        var deadLetters = awaitDeadLetters(Topics.RESERVATIONS, key, 3);
        assertThat(deadLetters).extracting(record -> new String(record.headers()
                .lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP).value(), StandardCharsets.UTF_8))
                .contains("gotohotel-ordering");

        String staff = staffToken();
        var replayed = api.post("/api/staff/dead-letters/replay?topic=" + Topics.RESERVATIONS, null, staff);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().get("replayed").asInt()).isGreaterThanOrEqualTo(1);
        // sent back once, read by the three groups again, and dead-lettered again by each
        awaitDeadLetters(Topics.RESERVATIONS, key, 6);

        assertThat(api.post("/api/staff/dead-letters/replay?topic=nope", null, staff).status()).isEqualTo(400);
        assertThat(api.post("/api/staff/dead-letters/replay?topic=" + Topics.RESERVATIONS, null, null).status())
                .isEqualTo(401);
    }

    @Test
    void aPaidBookingAnEarlierVersionCouldNotReadIsSentBackOnceThisVersionReadsItAndNothingElseIs() {
        // what instances of the earlier version leave during a rolling upgrade (decision record 55): the reservation,
        // my page and notification groups each set the same OrderPaid aside as an unknown type
        UUID orderId = UUID.randomUUID();
        var booking = new Booking("Rolling Upgrade", PHONE, "STANDARD", LocalDate.of(2032, 4, 1),
                LocalDate.of(2032, 4, 3), 2);
        var paid = event(new OrderPaid(UUID.randomUUID(), Instant.now(), orderId, booking, new BigDecimal("240000"),
                "KRW", "4242"));
        var template = producer();
        for (String group : List.of("gotohotel-reservation", "gotohotel-mypage", "gotohotel-notification")) {
            template.send(deadLetter(orderId, paid, group, 7L, "tools.jackson.databind.exc.InvalidTypeIdException",
                    "Could not resolve type id 'OrderPaid' as a subtype of `gotohotel.shared.event.BookingEvent`"));
        }
        // readable too, but set aside for another reason: only the staff send it back
        UUID poisoned = UUID.randomUUID();
        template.send(deadLetter(poisoned, event(new OrderPaid(UUID.randomUUID(), Instant.now(), poisoned, booking,
                new BigDecimal("240000"), "KRW", "4242")), "gotohotel-reservation", 8L,
                "java.lang.IllegalStateException", "a rule failed"));
        template.flush();

        unreadable.sendBackWhatThisVersionReads();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("SELECT COUNT(*) FROM reservation WHERE order_id = ?", orderId)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM mypage WHERE order_id = ?", orderId)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM notification WHERE order_id = ? AND announces = 'PAID'",
                    orderId)).isEqualTo(1);
        });
        unreadable.sendBackWhatThisVersionReads();   // nothing new: sent back once, not again
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                count("SELECT COUNT(*) FROM reservation WHERE order_id = ?", poisoned) == 0
                        && count("SELECT COUNT(*) FROM reservation WHERE order_id = ?", orderId) == 1);
    }

    private static ProducerRecord<String, byte[]> deadLetter(UUID orderId, byte[] value, String group, long offset,
                                                             String exception, String message) {
        var record = new ProducerRecord<String, byte[]>(Topics.ORDERS + ".dead-letters", orderId.toString(), value);
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, bytes(Topics.ORDERS))
                .add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(0).array())
                .add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(offset).array())
                .add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, bytes(group))
                .add(KafkaHeaders.DLT_EXCEPTION_FQCN, bytes(exception))
                .add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, bytes(message));
        return record;
    }

    private List<ConsumerRecord<String, String>> awaitDeadLetters(String topic, String key, int atLeast) {
        var reader = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "dlt-" + UUID.randomUUID(), false),
                new StringDeserializer(), new StringDeserializer()).createConsumer();
        readers.add(reader);
        reader.subscribe(List.of(topic + ".dead-letters"));
        var found = new ArrayList<ConsumerRecord<String, String>>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(reader, Duration.ofMillis(500)).forEach(record -> {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            });
            return found.size() >= atLeast;
        });
        return found;
    }

    private KafkaTemplate<String, byte[]> producer() {
        producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new ByteArraySerializer()));
        return producer;
    }

    private byte[] event(BookingEvent event) {
        return json.writerFor(BookingEvent.class).writeValueAsBytes(event);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private int count(String sql, UUID orderId) {
        return jdbc.queryForObject(sql, Integer.class, orderId);
    }
}
