package gotohotel.backend.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * The partitions whose records a consumer is retrying after a transient failure, for the
 * {@code consumers} health contributor and the metrics {@code gotohotel.events.retries} (failed attempts,
 * tagged by topic and consumer) and {@code gotohotel.events.retrying} (partitions waiting now).
 */
@Component
class ConsumerRetries {

    /** A partition not retried for this long is no longer ours (rebalanced away) or no longer failing. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(5);

    record Retrying(String consumer, String topic, int partition, long offset, int attempts, Instant since,
                    Instant lastAttempt, String error) {
    }

    private record Key(String consumer, String topic, int partition) {
    }

    private final Map<Key, Retrying> retrying = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;

    ConsumerRetries(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("gotohotel.events.retrying", this, retries -> retries.current().size())
                .description("Partitions whose records a consumer is retrying after a transient failure")
                .register(meters);
    }

    void failed(String consumer, Collection<? extends ConsumerRecord<?, ?>> records, Throwable failure) {
        Instant now = clock.instant();
        Map<Key, Long> firstOffsets = new java.util.HashMap<>();
        for (var record : records) {
            firstOffsets.merge(new Key(consumer, record.topic(), record.partition()), record.offset(), Math::min);
        }
        firstOffsets.forEach((key, offset) -> retrying.merge(key,
                new Retrying(consumer, key.topic(), key.partition(), offset, 1, now, now, failure.getClass().getName()),
                (before, again) -> new Retrying(consumer, key.topic(), key.partition(), offset, before.attempts() + 1,
                        before.since(), now, again.error())));
        firstOffsets.keySet().stream().map(Key::topic).distinct().forEach(topic -> Counter
                .builder("gotohotel.events.retries")
                .description("Attempts to apply records that failed transiently and will be retried")
                .tag("topic", topic).tag("consumer", consumer).register(meters).increment());
    }

    void succeeded(String consumer, Collection<? extends ConsumerRecord<?, ?>> records) {
        for (var record : records) {
            retrying.remove(new Key(consumer, record.topic(), record.partition()));
        }
    }

    List<Retrying> current() {
        Instant stale = clock.instant().minus(FORGET_AFTER);
        retrying.values().removeIf(r -> r.lastAttempt().isBefore(stale));
        return List.copyOf(retrying.values());
    }
}
