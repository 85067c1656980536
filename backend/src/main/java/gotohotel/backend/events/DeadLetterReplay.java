package gotohotel.backend.events;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends the dead letters of a topic back to it, once the cause is fixed: every record on
 * {@code <topic>.dead-letters} that was not replayed before (the consumer group
 * {@code gotohotel-dead-letter-replay} remembers how far it got) up to the end at the time of the call.
 * A record several consumer groups dead-lettered is sent back once. Consumers are idempotent, so groups
 * that had applied it change nothing.
 */
@Component
class DeadLetterReplay {

    static final String GROUP = "gotohotel-dead-letter-replay";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    record Result(String topic, int replayed, int duplicates) {
    }

    private final ConsumerFactory<?, ?> consumers;
    private final DeadLetters deadLetters;

    DeadLetterReplay(ConsumerFactory<?, ?> consumers, DeadLetters deadLetters) {
        this.consumers = consumers;
        this.deadLetters = deadLetters;
    }

    synchronized Result replay(String topic) {
        String dlt = DeadLetters.topicFor(topic);
        var overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        try (var consumer = consumers.createConsumer(GROUP, "dead-letter-replay", null, overrides)) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlt, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(dlt, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Set<String> sent = new HashSet<>();
            int replayed = 0;
            int duplicates = 0;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(10)) < end.get(tp))) {
                var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
                for (var record : consumer.poll(Duration.ofSeconds(1))) {
                    var tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    offsets.put(tp, new OffsetAndMetadata(record.offset() + 1));
                    Long partition = number(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION));
                    Long offset = number(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET));
                    String original = partition == null || offset == null ? "dlt " + tp + "@" + record.offset()
                            : partition + "@" + offset;
                    if (!sent.add(original)) {
                        duplicates++;
                        continue;
                    }
                    send(topic, record.key(), (byte[]) record.value());
                    replayed++;
                }
                consumer.commitSync(offsets);
            }
            log.info("Replayed {} dead letters of {} ({} copies from other consumer groups skipped)", replayed, topic,
                    duplicates);
            return new Result(topic, replayed, duplicates);
        }
    }

    private void send(String topic, Object key, byte[] value) {
        try {
            deadLetters.template().send(new ProducerRecord<>(topic, key == null ? null : key.toString(), value))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying to " + topic, e);
        } catch (Exception brokerDown) {
            throw new IllegalStateException("Could not replay to " + topic, brokerDown);
        }
    }

    private static Long number(Header header) {
        if (header == null) {
            return null;
        }
        byte[] bytes = header.value();
        return bytes.length == Integer.BYTES ? ByteBuffer.wrap(bytes).getInt() : ByteBuffer.wrap(bytes).getLong();
    }
}
