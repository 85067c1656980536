package gotohotel.backend.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps a record no consumer can apply on {@code <topic>.dead-letters}, with Spring Kafka's headers
 * (original topic, partition, offset, consumer group, exception), so the partition moves on and the
 * record can be replayed once the cause is fixed. Each dead letter is logged at WARN with its topic,
 * partition and offset (never its payload, which may hold a guest's phone number) and counted in
 * {@code gotohotel.events.dead.letters} tagged by topic.
 */
@Component
public class DeadLetters implements DisposableBean {

    public static final String SUFFIX = ".dead-letters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaTemplate<String, byte[]> template;
    private final DeadLetterPublishingRecoverer recoverer;
    private final MeterRegistry meters;

    @SuppressWarnings("unchecked")
    DeadLetters(ProducerFactory<?, ?> producers, MeterRegistry meters) {
        this.template = new KafkaTemplate<>((ProducerFactory<String, byte[]>) producers, Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        this.recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(topicFor(record.topic()), -1));
        this.recoverer.setVerifyPartition(false);
        this.recoverer.setLogRecoveryRecord(false);
        this.recoverer.setWaitForSendResultTimeout(Duration.ofSeconds(30));
        // the listener thread knows its group even though no Consumer is passed to the recoverer
        this.recoverer.addHeadersFunction((record, failure) -> {
            String group = KafkaUtils.getConsumerGroupId();
            return group == null ? new RecordHeaders() : new RecordHeaders(new Header[] {new RecordHeader(
                    KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, group.getBytes(StandardCharsets.UTF_8))});
        });
        this.meters = meters;
    }

    /** The dead-letter topic of an event topic. */
    public static String topicFor(String topic) {
        return topic + SUFFIX;
    }

    /**
     * Publishes the record to its dead-letter topic and waits for the broker's acknowledgement.
     *
     * @throws DeadLetterUnavailableException when the broker did not take it (transient: retried)
     */
    public void send(String consumer, ConsumerRecord<?, ?> record, Exception cause) {
        try {
            recoverer.accept(record, null, cause);
        } catch (RuntimeException brokerDown) {
            throw new DeadLetterUnavailableException(record, brokerDown);
        }
        log.warn("Dead-lettered {}-{}@{} for consumer {} to {}: {}", record.topic(), record.partition(),
                record.offset(), consumer, topicFor(record.topic()), rootCause(cause).getClass().getName());
        Counter.builder("gotohotel.events.dead.letters")
                .description("Records no consumer could apply, kept on their dead-letter topic")
                .tag("topic", record.topic()).tag("consumer", consumer)
                .register(meters).increment();
    }

    KafkaTemplate<String, byte[]> template() {
        return template;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @Override
    public void destroy() {
        template.destroy();
    }

    /** The dead-letter topic could not be written; the record is retried. */
    public static class DeadLetterUnavailableException extends RuntimeException implements TransientFailure {

        DeadLetterUnavailableException(ConsumerRecord<?, ?> record, Throwable cause) {
            super("Could not dead-letter " + record.topic() + "-" + record.partition() + "@" + record.offset(), cause);
        }
    }
}
