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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order follows the hotel's reservation: confirmed, checked in, checked out; a rejection (refunded
 * in full with the hotel's decision) releases the nights. Each event is applied once; stale ones change nothing.
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
            autoStartup = "${gotohotel.ordering.listeners-enabled:true}")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.consumeRecord(CONSUMER, record, read -> {
            if (read instanceof ReservationEvent event) {
                apply(event);
            }
        });
    }

    void apply(ReservationEvent event) {
        if (event instanceof ReservationRejected rejected) {
            refundRejected(rejected);
            return;
        }
        OrderStatus target = event instanceof ReservationConfirmed ? OrderStatus.CONFIRMED
                : event instanceof ReservationCheckedIn ? OrderStatus.CHECKED_IN
                : event instanceof ReservationCheckedOut ? OrderStatus.CHECKED_OUT
                : null;
        if (target == null) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (processed.firstTime(CONSUMER, event.eventId())) {
                orders.findById(event.orderId()).ifPresent(order -> {
                    if (!order.follow(target, clock.instant())) {
                        log.info("Ignored stale {} for order {} in {}", target, order.id(), order.status());
                    }
                });
            }
        });
    }

    /**
     * Records the rejection and releases the nights. The refund in full was owed with the hotel's
     * rejection itself; owing it here again is a no-op then and covers a rejection recorded without it.
     */
    private void refundRejected(ReservationRejected rejected) {
        transactions.executeWithoutResult(status -> {
            if (processed.firstTime(CONSUMER, rejected.eventId())) {
                orders.findById(rejected.orderId()).ifPresent(order -> {
                    if (order.reject(rejected.reason(), clock.instant())) {
                        payments.refundInFull(order.id(), RefundCause.HOTEL_REJECTION);
                        inventory.release(order.id());
                        orders.save(order);
                        log.info("Order {} rejected by the hotel; refunded in full", order.id());
                    }
                });
            }
        });
    }
}
