package gotohotel.backend.mypage;

import gotohotel.backend.events.EventJson;
import gotohotel.backend.events.Failures;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.Topics;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds my page from the topics without ever showing a guest an empty or partial page: a consumer of its
 * own (every partition of the four topics assigned, read from the beginning in bounded polls, no consumer
 * group, nothing committed) folds every event into the next generation while the listener keeps the live one.
 * Once it has read up to the end offsets it saw at its start, and once more up to the ends it finds then, one
 * transaction takes the generation lock (so no projection into the live generation is in flight), reads the
 * last records up to the ends at that moment and makes the new generation live. Events after those ends reach
 * the listener only after the switch, so they land in the new generation; events the listener applied before
 * it lie below those ends, so the rebuild read them too. The old generation is deleted afterwards in batches.
 */
@Component
class MyPageRebuildJob {

    private static final Logger log = LoggerFactory.getLogger(MyPageRebuildJob.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> TOPICS = List.of(Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS,
            Topics.NOTIFICATIONS);

    private final ConsumerFactory<?, ?> consumers;
    private final EventJson json;
    private final MyPageProjection projection;
    private final MyPageGenerations generations;
    private final MyPageRebuilds rebuilds;
    private final TransactionTemplate transactions;
    private final MyPageRebuildProperties properties;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(job -> new Thread(job, "mypage-rebuild"));
    private volatile boolean stopping;
    private volatile Consumer<?, ?> reading;

    MyPageRebuildJob(ConsumerFactory<?, ?> consumers, EventJson json, MyPageProjection projection,
                     MyPageGenerations generations, MyPageRebuilds rebuilds, TransactionTemplate transactions,
                     MyPageRebuildProperties properties) {
        this.consumers = consumers;
        this.json = json;
        this.projection = projection;
        this.generations = generations;
        this.rebuilds = rebuilds;
        this.transactions = transactions;
        this.properties = properties;
    }

    /**
     * Starts a rebuild in the background and returns it.
     *
     * @throws MyPageRebuilds.AlreadyRunningException when one is running
     */
    Rebuild start() {
        if (stopping) {
            throw new IllegalStateException("Shutting down");
        }
        var rebuild = rebuilds.start(properties.staleAfter());
        log.info("My page rebuild {} started: building generation {}", rebuild.rebuildId(), rebuild.generation());
        try {
            executor.execute(() -> run(rebuild));
        } catch (RejectedExecutionException shuttingDown) {
            rebuilds.failed(rebuild, "stopped by the shutdown");
            throw shuttingDown;
        }
        return rebuild;
    }

    private void run(Rebuild rebuild) {
        var overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(properties.pollRecords()));
        try (var consumer = consumers.createConsumer(null, "mypage-rebuild", null, overrides)) {
            reading = consumer;
            var partitions = partitions(consumer);
            consumer.assign(partitions);
            requireWholeHistory(consumer, partitions);
            consumer.seekToBeginning(partitions);
            var progress = new Progress(rebuild, total(consumer, partitions));
            readUntil(consumer, consumer.endOffsets(partitions, KAFKA_TIMEOUT), progress, false);
            readUntil(consumer, consumer.endOffsets(partitions, KAFKA_TIMEOUT), progress, false);
            if (!rebuilds.switching(rebuild)) {
                throw new IllegalStateException("taken over by another rebuild");
            }
            transactions.executeWithoutResult(status -> {
                generations.lockForSwitch();
                readUntil(consumer, consumer.endOffsets(partitions, KAFKA_TIMEOUT), progress, true);
                generations.switchTo(rebuild.generation());
                if (!rebuilds.completed(rebuild)) {
                    throw new IllegalStateException("taken over by another rebuild");
                }
            });
            log.info("My page rebuild {} completed: generation {} is live ({} records read)", rebuild.rebuildId(),
                    rebuild.generation(), progress.read);
        } catch (WakeupException | Stopped shutdown) {
            log.warn("My page rebuild {} stopped by the shutdown; the live generation is unchanged",
                    rebuild.rebuildId());
            rebuilds.failed(rebuild, "stopped by the shutdown");
        } catch (RuntimeException failure) {
            log.warn("My page rebuild {} failed; the live generation is unchanged", rebuild.rebuildId(), failure);
            rebuilds.failed(rebuild, String.valueOf(failure.getMessage()));
        } finally {
            reading = null;
        }
        deleteRetired();
    }

    private void deleteRetired() {
        try {
            generations.deleteRetired(properties.deleteBatch());
        } catch (RuntimeException failure) {
            log.warn("Could not delete old my page generations yet (the next rebuild tries again)", failure);
        }
    }

    private static List<TopicPartition> partitions(Consumer<?, ?> consumer) {
        var partitions = new ArrayList<TopicPartition>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic, KAFKA_TIMEOUT)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    /**
     * A topic whose oldest events were deleted (a retention someone set on the cluster) cannot rebuild every
     * page: the rebuild fails with the reason and the complete live pages stay.
     */
    private static void requireWholeHistory(Consumer<?, ?> consumer, List<TopicPartition> partitions) {
        var truncated = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT).entrySet().stream()
                .filter(beginning -> beginning.getValue() > 0).map(beginning -> beginning.getKey().toString())
                .sorted().toList();
        if (!truncated.isEmpty()) {
            throw new IllegalStateException("the topics no longer hold their whole history (" + truncated
                    + " start after offset 0, see their retention); the live pages are kept");
        }
    }

    private static long total(Consumer<?, ?> consumer, List<TopicPartition> partitions) {
        var beginning = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT);
        var end = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
        return partitions.stream().mapToLong(tp -> end.get(tp) - beginning.get(tp)).sum();
    }

    /** Polls until every partition's position reached its target (reading past it is harmless). */
    private void readUntil(Consumer<?, ?> consumer, Map<TopicPartition, Long> targets, Progress progress,
                           boolean switching) {
        while (targets.entrySet().stream()
                .anyMatch(target -> consumer.position(target.getKey(), KAFKA_TIMEOUT) < target.getValue())) {
            if (stopping) {
                throw new Stopped();
            }
            var records = consumer.poll(properties.pollTimeout());
            var events = readable(records);
            if (switching) {
                projection.project(progress.rebuild.generation(), events);
            } else {
                projectIsolating(progress.rebuild.generation(), events);
            }
            progress.read += records.count();
            if (!rebuilds.progress(progress.rebuild, progress.total, progress.read)) {
                throw new IllegalStateException("taken over by another rebuild");
            }
        }
    }

    /** Records the live listener dead-lettered are skipped here too, so both give the same page. */
    private List<BookingEvent> readable(ConsumerRecords<?, ?> records) {
        var events = new ArrayList<BookingEvent>(records.count());
        for (ConsumerRecord<?, ?> record : records) {
            try {
                events.add(json.read((byte[]) record.value()));
            } catch (RuntimeException notAnEvent) {
                log.warn("My page rebuild skips unreadable record {}-{}@{}", record.topic(), record.partition(),
                        record.offset());
            }
        }
        return events;
    }

    private void projectIsolating(long generation, List<BookingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            projection.project(generation, events);
        } catch (RuntimeException failure) {
            if (Failures.isTransient(failure)) {
                throw failure;
            }
            for (var event : events) {
                try {
                    projection.project(generation, List.of(event));
                } catch (RuntimeException again) {
                    if (Failures.isTransient(again)) {
                        throw again;
                    }
                    log.warn("My page rebuild skips event {} ({}) it cannot apply", event.eventId(),
                            event.getClass().getSimpleName(), again);
                }
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        var consumer = reading;
        if (consumer != null) {
            consumer.wakeup();
        }
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("My page rebuild did not stop within 30 s");
        }
    }

    private static final class Progress {

        private final Rebuild rebuild;
        private final long total;
        private long read;

        private Progress(Rebuild rebuild, long total) {
            this.rebuild = rebuild;
            this.total = total;
        }
    }

    private static final class Stopped extends RuntimeException {
    }
}
