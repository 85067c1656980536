package gotohotel.backend.mypage;

import gotohotel.backend.events.EventConsumer;
import gotohotel.backend.events.ProcessedEvents;
import gotohotel.shared.event.BookingEvent;
import gotohotel.shared.event.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds every booking event into the guest's my page, once per event (its own consumer group, its own
 * processed-event records). {@link #rebuild()} empties the read model and replays the topics from the
 * beginning. The lag from an event's occurrence to its projection is published as
 * {@code gotohotel.mypage.lag}.
 */
@Component
class MyPageProjection extends AbstractConsumerSeekAware {

    static final String CONSUMER = "mypage";

    private final EventConsumer consumer;
    private final MyPageRepository pages;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Timer lag;

    MyPageProjection(EventConsumer consumer, MyPageRepository pages, ProcessedEvents processed,
                     TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.consumer = consumer;
        this.pages = pages;
        this.processed = processed;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lag = Timer.builder("gotohotel.mypage.lag")
                .description("Time from an event's occurrence to its projection on my page")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    /** Each poll's records are projected in one transaction: one commit per batch, not per event. */
    @KafkaListener(id = "mypage", groupId = "gotohotel-mypage", batch = "true",
            topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS},
            autoStartup = "${gotohotel.mypage.listeners-enabled:true}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.consumeBatch(CONSUMER, records, events -> project(EventConsumer.Consumed.events(events)));
    }

    void project(List<BookingEvent> events) {
        transactions.executeWithoutResult(status -> {
            var fresh = processed.firstTimes(CONSUMER, events.stream().map(BookingEvent::eventId).toList());
            var orderIds = events.stream().map(BookingEvent::orderId).collect(Collectors.toSet());
            Map<UUID, MyPage> affected = new HashMap<>();
            pages.findAllById(orderIds).forEach(page -> affected.put(page.orderId(), page));
            for (var event : events) {
                if (fresh.remove(event.eventId())) {
                    affected.computeIfAbsent(event.orderId(), MyPage::new).apply(event);
                }
            }
            pages.saveAll(affected.values());
        });
        var now = clock.instant();
        events.forEach(event -> lag.record(Duration.between(event.occurredAt(), now)));
    }

    /** Forgets the read model and replays every topic from its beginning. */
    void rebuild() {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM mypage_message");
            jdbc.update("DELETE FROM mypage_history");
            jdbc.update("DELETE FROM mypage");
            jdbc.update("DELETE FROM processed_event WHERE consumer = ?", CONSUMER);
        });
        seekToBeginning();
    }
}
