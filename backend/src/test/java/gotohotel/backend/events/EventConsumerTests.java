package gotohotel.backend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.OrderCancelled;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOffExecution;
import tools.jackson.databind.json.JsonMapper;

class EventConsumerTests {

    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final DeadLetters deadLetters = mock(DeadLetters.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConsumerRetries retries = new ConsumerRetries(meters, Clock.systemUTC());
    private final EventConsumer consumer = new EventConsumer(new EventJson(mapper), deadLetters, retries);
    private final List<List<UUID>> applied = new ArrayList<>();
    private long offset;

    @Test
    void appliesTheReadableNeighboursOfUnreadableRecordsInOnePoll() {
        var first = event();
        var malformed = record("{\"type\":\"OrderCancelled\",\"eventId\":".getBytes(StandardCharsets.UTF_8));
        var unknownType = record("{\"type\":\"Unheard\"}".getBytes(StandardCharsets.UTF_8));
        var last = event();

        consumer.consumeBatch("test", List.of(record(first), malformed, unknownType, record(last)),
                events -> applied.add(ids(events)));

        assertThat(applied).containsExactly(List.of(first.eventId(), last.eventId()));
        verify(deadLetters).send(eq("test"), eq(malformed), any());
        verify(deadLetters).send(eq("test"), eq(unknownType), any());
    }

    @Test
    void aPoisonEventIsDeadLetteredAloneAndItsNeighboursAreApplied() {
        var first = event();
        var poison = event();
        var last = event();
        var poisonRecord = record(poison);

        consumer.consumeBatch("test", List.of(record(first), poisonRecord, record(last)), events -> {
            if (ids(events).contains(poison.eventId())) {
                throw new IllegalStateException("a bug");
            }
            applied.add(ids(events));
        });

        assertThat(applied).containsExactly(List.of(first.eventId()), List.of(last.eventId()));
        verify(deadLetters).send(eq("test"), eq(poisonRecord), any(IllegalStateException.class));
    }

    @Test
    void aTransientFailureIsRetriedVisiblyUntilItSucceedsAndNothingIsDeadLettered() {
        var records = List.of(record(event()), record(event()));
        var health = new ConsumersHealthIndicator(retries);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> consumer.consumeBatch("test", records, events -> {
                throw new CannotCreateTransactionException("database down");
            })).isInstanceOf(CannotCreateTransactionException.class);
        }
        assertThat(retries.current()).singleElement().satisfies(r -> {
            assertThat(r.attempts()).isEqualTo(3);
            assertThat(r.offset()).isEqualTo(records.get(0).offset());
        });
        var shown = health.health(true);
        assertThat(shown.getStatus()).isEqualTo(Status.UP);
        assertThat(shown.getDetails()).containsEntry("retrying", 1);
        assertThat(meters.counter("gotohotel.events.retries", "topic", "gotohotel.orders", "consumer", "test").count())
                .isEqualTo(3);

        consumer.consumeBatch("test", records, events -> applied.add(ids(events)));

        assertThat(applied).hasSize(1);
        assertThat(retries.current()).isEmpty();
        verify(deadLetters, never()).send(any(), any(), any());
    }

    @Test
    void aRecordListenerDeadLettersAnUnreadableRecordAndAPoisonEventButRetriesAProviderOutage() {
        var unreadable = record("not json".getBytes(StandardCharsets.UTF_8));
        consumer.consumeRecord("test", unreadable, event -> applied.add(List.of(event.eventId())));
        verify(deadLetters).send(eq("test"), eq(unreadable), any());

        var poison = record(event());
        consumer.consumeRecord("test", poison, event -> {
            throw new IllegalArgumentException("a bug");
        });
        verify(deadLetters).send(eq("test"), eq(poison), any(IllegalArgumentException.class));

        class ProviderDown extends RuntimeException implements TransientFailure {
        }
        var waiting = record(event());
        assertThatThrownBy(() -> consumer.consumeRecord("test", waiting, event -> {
            throw new IllegalStateException("wrapped", new ProviderDown());
        })).isInstanceOf(IllegalStateException.class);
        verify(deadLetters, never()).send(eq("test"), eq(waiting), any());
        assertThat(applied).isEmpty();
    }

    @Test
    void theErrorHandlerRetriesTransientFailuresWithoutEndAndDeadLettersOthersAtOnce() {
        var properties = new EventsProperties(3, (short) 1, Duration.ofSeconds(1), Duration.ofSeconds(1), 10,
                Duration.ofSeconds(30), Duration.ofSeconds(60));
        BackOffExecution transientFailure = KafkaEventsConfiguration
                .backOffFor(new RuntimeException(new CannotCreateTransactionException("down")), properties).start();
        long waited = 0;
        for (int attempt = 0; attempt < 1000; attempt++) {
            long next = transientFailure.nextBackOff();
            assertThat(next).isNotEqualTo(BackOffExecution.STOP).isLessThanOrEqualTo(30_000);
            waited += next;
        }
        assertThat(Duration.ofMillis(waited)).isGreaterThan(Duration.ofHours(8));
        assertThat(KafkaEventsConfiguration.backOffFor(new IllegalStateException("poison"), properties).start()
                .nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    private BookingEvent event() {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), null, null, null);
    }

    private ConsumerRecord<String, byte[]> record(BookingEvent event) {
        return record(mapper.writerFor(BookingEvent.class).writeValueAsBytes(event));
    }

    private ConsumerRecord<String, byte[]> record(byte[] value) {
        return new ConsumerRecord<>("gotohotel.orders", 0, offset++, "key", value);
    }

    private static List<UUID> ids(List<EventConsumer.Consumed> events) {
        return events.stream().map(c -> c.event().eventId()).toList();
    }
}
