package gotohotel.backend.events;

import static gotohotel.backend.support.Bookings.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import gotohotel.shared.event.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * Consumers run several threads per group (issue 8, decision record 30), and that must not reorder one order's
 * events: the producer keys every event by its order, so one order's events have the same partition number on
 * every topic, and each consumer thread of a container owns the same partition numbers of every topic it reads.
 */
class ConsumerConcurrencyEndToEndTests extends EndToEndTest {

    private static final List<String> LISTENERS = List.of("mypage", "notification", "reservation-payments",
            "reservation-orders", "ordering-reservations");

    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void everyListenerRunsSeveralConsumersEachOwningTheSamePartitionNumbersOfEveryTopic() {
        for (String id : LISTENERS) {
            var container = (ConcurrentMessageListenerContainer<?, ?>) listeners.getListenerContainer(id);
            assertThat(container.getConcurrency()).as(id).isGreaterThan(1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Collection<TopicPartition>> byClient = container.getAssignmentsByClientId();
                assertThat(byClient).as(id).isNotNull();
                var owners = byClient.values().stream().filter(assigned -> !assigned.isEmpty()).toList();
                assertThat(owners).as(id + ": consumers with partitions").hasSizeGreaterThan(1);
                Set<TopicPartition> seen = new HashSet<>();
                for (var assigned : owners) {
                    Map<String, Set<Integer>> numbersByTopic = new HashMap<>();
                    for (var partition : assigned) {
                        assertThat(seen.add(partition)).as(id + ": " + partition + " owned once").isTrue();
                        numbersByTopic.computeIfAbsent(partition.topic(), topic -> new TreeSet<>())
                                .add(partition.partition());
                    }
                    assertThat(new HashSet<>(numbersByTopic.values())).as(id + ": one consumer's partitions "
                            + numbersByTopic).hasSize(1);
                }
                var topics = seen.stream().map(TopicPartition::topic).distinct().count();
                assertThat(seen).as(id + ": every partition owned").hasSize((int) topics * 3);
            });
        }
    }

    @Test
    void everyEventOfAnOrderHasTheSamePartitionNumberOnEveryTopic() {
        var placed = api.post("/api/orders", request("DELUXE"), null);
        assertThat(placed.status()).isEqualTo(201);
        var orderId = placed.body().get("orderId").asString();

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
                // OrderPlaced, PaymentApproved, ReservationRequested and GuestNotified
                return partitionByTopic.size() == 4;
            });
            assertThat(numbers).as("partitions of order %s's events %s", orderId, partitionByTopic).hasSize(1);
        }
    }
}
