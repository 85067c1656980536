package gotohotel.backend.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    /** The automatic replay's own place in the dead letters: the staff's replay still sees every record. */
    static final String UNREADABLE_GROUP = "gotohotel-dead-letter-unreadable";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    record Result(String topic, int replayed, int duplicates) {
    }

    private final ConsumerFactory<?, ?> consumers;
    private final DeadLetters deadLetters;
    private final EventJson json;

    DeadLetterReplay(ConsumerFactory<?, ?> consumers, DeadLetters deadLetters, EventJson json) {
        this.consumers = consumers;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    /** Every dead letter of the topic not replayed before (the staff's call, once the cause is fixed). */
    Result replay(String topic) {
        return replay(topic, GROUP, record -> true);
    }

    /**
     * The dead letters set aside because their event could not be read — a type an instance of an earlier version did
     * not know, during a rolling upgrade (decision record 55) — that this version reads now. Any other dead letter
     * waits for the staff's replay. Asked again, an instance of the earlier version still running may set a record
     * aside once more; the next round sends it back again, until every instance reads it.
     */
    Result replayNowReadable(String topic) {
        return replay(topic, UNREADABLE_GROUP, this::unreadableThenReadableNow);
    }

    private boolean unreadableThenReadableNow(ConsumerRecord<?, ?> record) {
        if (!header(record, KafkaHeaders.DLT_EXCEPTION_FQCN).endsWith("InvalidTypeIdException")
                && !header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE).contains("Could not resolve type id")) {
            return false;   // set aside for another reason: the staff decide when to send it back
        }
        try {
            json.read((byte[]) record.value());
            return true;
        } catch (RuntimeException stillUnreadable) {
            return false;
        }
    }

    private synchronized Result replay(String topic, String group, Predicate<ConsumerRecord<?, ?>> wanted) {
        String dlt = DeadLetters.topicFor(topic);
        var overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        try (var consumer = consumers.createConsumer(group, "dead-letter-replay", null, overrides)) {
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
                    if (!wanted.test(record)) {
                        continue;
                    }
                    if (!sent.add(original)) {
                        duplicates++;
                        continue;
                    }
                    send(topic, record.key(), (byte[]) record.value());
                    replayed++;
                }
                consumer.commitSync(offsets);
            }
            if (replayed > 0 || group.equals(GROUP)) {
                log.info("Replayed {} dead letters of {} ({} copies from other consumer groups skipped)", replayed,
                        topic, duplicates);
            }
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

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Long number(Header header) {
        if (header == null) {
            return null;
        }
        byte[] bytes = header.value();
        return bytes.length == Integer.BYTES ? ByteBuffer.wrap(bytes).getInt() : ByteBuffer.wrap(bytes).getLong();
    }
}
