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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds every booking event into the guest's my page, once per event and generation (its own consumer group;
 * each generation has its own processed-event records). The listener projects into the live generation; a
 * rebuild ({@link MyPageRebuildJob}) projects into the next one. The lag from an event's occurrence to its
 * projection is published as {@code gotohotel.mypage.lag}.
 */
@Component
class MyPageProjection {

    static final String CONSUMER = "mypage";

    private final EventConsumer consumer;
    private final MyPageRepository pages;
    private final MyPageGenerations generations;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Timer lag;

    MyPageProjection(EventConsumer consumer, MyPageRepository pages, MyPageGenerations generations,
                     ProcessedEvents processed, TransactionTemplate transactions, Clock clock, MeterRegistry meters) {
        this.consumer = consumer;
        this.pages = pages;
        this.generations = generations;
        this.processed = processed;
        this.transactions = transactions;
        this.clock = clock;
        this.lag = Timer.builder("gotohotel.mypage.lag")
                .description("Time from an event's occurrence to its projection on my page")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    /** The name under which a generation remembers the events it applied. */
    static String consumerOf(long generation) {
        return CONSUMER + "@" + generation;
    }

    /** Each poll's records are projected in one transaction: one commit per batch, not per event. */
    @KafkaListener(id = "mypage", groupId = "gotohotel-mypage", batch = "true",
            topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS},
            autoStartup = "${gotohotel.mypage.listeners-enabled:true}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.consumeBatch(CONSUMER, records, events -> projectLive(EventConsumer.Consumed.events(events)));
    }

    /** Projects into the live generation, holding it so that no switch happens meanwhile. */
    void projectLive(List<BookingEvent> events) {
        transactions.executeWithoutResult(status -> apply(generations.liveForProjection(), events));
        var now = clock.instant();
        events.forEach(event -> lag.record(Duration.between(event.occurredAt(), now)));
    }

    /** Projects into {@code generation} (one a rebuild is building), in the caller's transaction if any. */
    void project(long generation, List<BookingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> apply(generation, events));
    }

    private void apply(long generation, List<BookingEvent> events) {
        var fresh = processed.firstTimes(consumerOf(generation), events.stream().map(BookingEvent::eventId).toList());
        var orderIds = events.stream().map(BookingEvent::orderId).distinct().toList();
        Map<MyPage.Key, MyPage> affected = new HashMap<>();
        pages.findAllOf(generation, orderIds).forEach(page -> affected.put(page.key(), page));
        for (var event : events) {
            if (fresh.remove(event.eventId())) {
                affected.computeIfAbsent(new MyPage.Key(generation, event.orderId()), MyPage::new).apply(event);
            }
        }
        pages.saveAll(affected.values());
    }
}
