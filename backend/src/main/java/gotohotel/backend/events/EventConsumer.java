package gotohotel.backend.events;

import gotohotel.shared.event.BookingEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * How every event listener applies what it polled, so that a record costs only itself:
 * <ul>
 *   <li>a record that is not a readable event (malformed JSON, unknown type) is dead-lettered at once and
 *       its neighbours are applied;</li>
 *   <li>a transient failure ({@link Failures#isTransient}) is rethrown, so the container's error handler
 *       redelivers the records with backoff until they succeed (shown by the {@code consumers} health
 *       contributor and {@code gotohotel.events.retries});</li>
 *   <li>any other failure of a batch is isolated: its events are applied one by one and only the ones that
 *       fail again are dead-lettered.</li>
 * </ul>
 * Appliers are idempotent (processed-event records), so applying an event again after a retry changes
 * nothing.
 */
@Component
public class EventConsumer {

    /** A record and the event read from it. */
    public record Consumed(ConsumerRecord<String, byte[]> record, BookingEvent event) {

        public String json() {
            return new String(record.value(), StandardCharsets.UTF_8);
        }

        public static List<BookingEvent> events(List<Consumed> consumed) {
            return consumed.stream().map(Consumed::event).toList();
        }
    }

    private record Unreadable(ConsumerRecord<String, byte[]> record, RuntimeException failure) {
    }

    private final EventJson json;
    private final DeadLetters deadLetters;
    private final ConsumerRetries retries;

    EventConsumer(EventJson json, DeadLetters deadLetters, ConsumerRetries retries) {
        this.json = json;
        this.deadLetters = deadLetters;
        this.retries = retries;
    }

    /** Applies one poll's readable events with {@code apply}, which should take them in one transaction. */
    public void consumeBatch(String consumer, List<ConsumerRecord<String, byte[]>> records,
                             Consumer<List<Consumed>> apply) {
        var readable = new ArrayList<Consumed>(records.size());
        var unreadable = new ArrayList<Unreadable>();
        for (var record : records) {
            try {
                readable.add(new Consumed(record, json.read(record.value())));
            } catch (RuntimeException notAnEvent) {
                unreadable.add(new Unreadable(record, notAnEvent));
            }
        }
        try {
            if (!readable.isEmpty()) {
                apply.accept(readable);
            }
        } catch (RuntimeException failure) {
            retryIfTransient(consumer, records, failure);
            for (var one : readable) {
                try {
                    apply.accept(List.of(one));
                } catch (RuntimeException again) {
                    retryIfTransient(consumer, records, again);
                    deadLetter(consumer, records, one.record(), again);
                }
            }
        }
        unreadable.forEach(u -> deadLetter(consumer, records, u.record(), u.failure()));
        retries.succeeded(consumer, records);
    }

    /** Applies one record's event; an unreadable record or a poison event is dead-lettered at once. */
    public void consumeRecord(String consumer, ConsumerRecord<String, byte[]> record, Consumer<BookingEvent> apply) {
        BookingEvent event;
        try {
            event = json.read(record.value());
        } catch (RuntimeException notAnEvent) {
            deadLetter(consumer, List.of(record), record, notAnEvent);
            retries.succeeded(consumer, List.of(record));
            return;
        }
        try {
            apply.accept(event);
        } catch (RuntimeException failure) {
            retryIfTransient(consumer, List.of(record), failure);
            deadLetter(consumer, List.of(record), record, failure);
        }
        retries.succeeded(consumer, List.of(record));
    }

    private void deadLetter(String consumer, List<ConsumerRecord<String, byte[]>> records,
                            ConsumerRecord<String, byte[]> record, RuntimeException failure) {
        try {
            deadLetters.send(consumer, record, failure);
        } catch (DeadLetters.DeadLetterUnavailableException brokerDown) {
            retries.failed(consumer, records, brokerDown);
            throw brokerDown;
        }
    }

    private void retryIfTransient(String consumer, List<ConsumerRecord<String, byte[]>> records,
                                  RuntimeException failure) {
        if (Failures.isTransient(failure)) {
            retries.failed(consumer, records, failure);
            throw failure;
        }
    }
}
