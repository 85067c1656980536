package gotohotel.backend.events;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.event.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The premise of per-order ordering with more than one consumer per group (decision record 30): the producer keys
 * every event by its order, so one order's events have the same partition number on every topic.
 */
class EventPartitioningEndToEndTests extends EndToEndTest {

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void everyEventOfAnOrderHasTheSamePartitionNumberOnEveryTopic() {
        var placed = api.post("/api/orders", request("DELUXE"), null);
        assertThat(placed.status()).isEqualTo(201);
        var orderId = placed.body().get("orderId").asString();
        String token = placed.body().get("accessToken").asString();
        // the reservation must exist before the cancellation, so that it writes to every topic
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM reservation WHERE order_id = ?::uuid", Integer.class, orderId) == 1);
        assertThat(api.post("/api/orders/" + orderId + "/cancel", null, token).status()).isEqualTo(200);

        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(
                KafkaTestUtils.consumerProps(broker, "partition-check-" + UUID.randomUUID(), false),
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS)) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<String, Integer> partitionByTopic = new HashMap<>();
            Set<Integer> numbers = new HashSet<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (orderId.equals(record.key())) {
                        partitionByTopic.put(record.topic(), record.partition());
                        numbers.add(record.partition());
                    }
                }
                // OrderPaid and OrderCancelled, PaymentRefunded, ReservationCancelled, GuestNotified
                return partitionByTopic.size() == 4;
            });
            assertThat(numbers).as("partitions of order %s's events %s", orderId, partitionByTopic).hasSize(1);
        }
    }
}
