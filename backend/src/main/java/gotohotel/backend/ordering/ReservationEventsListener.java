package gotohotel.backend.ordering;

import gotohotel.backend.events.EventConsumer;
import gotohotel.backend.events.ProcessedEvents;
import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.payment.Payments;
import gotohotel.backend.payment.RefundCause;
import gotohotel.shared.event.ReservationCheckedIn;
import gotohotel.shared.event.ReservationCheckedOut;
import gotohotel.shared.event.ReservationConfirmed;
import gotohotel.shared.event.ReservationEvent;
import gotohotel.shared.event.ReservationRejected;
import gotohotel.shared.event.Topics;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order follows the hotel's reservation: confirmed, checked in, checked out; a rejection (refunded
 * in full with the hotel's decision) releases the nights. Each event is applied once; stale ones change nothing.
 * A poll's events are applied in one transaction (a desk's batch of 500 decisions publishes 500 events).
 */
@Component
class ReservationEventsListener {

    static final String CONSUMER = "ordering";
    private static final Logger log = LoggerFactory.getLogger(ReservationEventsListener.class);

    private final EventConsumer consumer;
    private final OrderRepository orders;
    private final Payments payments;
    private final Inventory inventory;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReservationEventsListener(EventConsumer consumer, OrderRepository orders, Payments payments, Inventory inventory,
                              ProcessedEvents processed, TransactionTemplate transactions, Clock clock) {
        this.consumer = consumer;
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
        this.processed = processed;
        this.transactions = transactions;
        this.clock = clock;
    }

    @KafkaListener(id = "ordering-reservations", topics = Topics.RESERVATIONS, groupId = "gotohotel-ordering",
            batch = "true", autoStartup = "${gotohotel.ordering.listeners-enabled:true}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.consumeBatch(CONSUMER, records, consumed -> apply(EventConsumer.Consumed.events(consumed).stream()
                .filter(event -> event instanceof ReservationEvent && target(event) != null)
                .map(ReservationEvent.class::cast).toList()));
    }

    /** Applies the events in order in one transaction; each one once (processed-event records). */
    void apply(List<ReservationEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            var fresh = processed.firstTimes(CONSUMER, events.stream().map(ReservationEvent::eventId).toList());
            Map<UUID, Order> affected = new HashMap<>();
            orders.findAllById(events.stream().map(ReservationEvent::orderId).distinct().toList())
                    .forEach(order -> affected.put(order.id(), order));
            var now = clock.instant();
            for (var event : events) {
                var order = affected.get(event.orderId());
                if (!fresh.remove(event.eventId()) || order == null) {
                    continue;
                }
                if (event instanceof ReservationRejected rejected) {
                    refundRejected(order, rejected, now);
                } else if (!order.follow(target(event), now)) {
                    log.info("Ignored stale {} for order {} in {}", target(event), order.id(), order.status());
                }
            }
            orders.saveAll(affected.values());
        });
    }

    /** The order status a reservation event moves the order to; null for events the order does not follow. */
    private static OrderStatus target(Object event) {
        return event instanceof ReservationConfirmed ? OrderStatus.CONFIRMED
                : event instanceof ReservationCheckedIn ? OrderStatus.CHECKED_IN
                : event instanceof ReservationCheckedOut ? OrderStatus.CHECKED_OUT
                : event instanceof ReservationRejected ? OrderStatus.REJECTED
                : null;
    }

    /**
     * Records the rejection and releases the nights. The refund in full was owed with the hotel's
     * rejection itself; owing it here again is a no-op then and covers a rejection recorded without it.
     */
    private void refundRejected(Order order, ReservationRejected rejected, java.time.Instant now) {
        if (order.reject(rejected.reason(), now)) {
            payments.refundInFull(order.id(), RefundCause.HOTEL_REJECTION);
            inventory.release(order.id());
            log.info("Order {} rejected by the hotel; refunded in full", order.id());
        }
    }
}
