package gotohotel.backend.reservation;

import gotohotel.backend.events.EventConsumer;
import gotohotel.shared.event.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The hotel learns of paid bookings and cancellations only from Kafka, so bookings keep being accepted
 * while this side is down, and it catches up when it returns.
 */
@Component
class BookingEventsListener {

    private final EventConsumer consumer;
    private final ReservationService reservations;

    BookingEventsListener(EventConsumer consumer, ReservationService reservations) {
        this.consumer = consumer;
        this.reservations = reservations;
    }

    @KafkaListener(id = "reservation-payments", topics = Topics.PAYMENTS, groupId = "gotohotel-reservation",
            batch = "true", autoStartup = "${gotohotel.reservation.listeners-enabled:true}")
    void onPayments(List<ConsumerRecord<String, byte[]>> records) {
        consume(records);
    }

    @KafkaListener(id = "reservation-orders", topics = Topics.ORDERS, groupId = "gotohotel-reservation",
            batch = "true", autoStartup = "${gotohotel.reservation.listeners-enabled:true}")
    void onOrders(List<ConsumerRecord<String, byte[]>> records) {
        consume(records);
    }

    private void consume(List<ConsumerRecord<String, byte[]>> records) {
        consumer.consumeBatch(ReservationService.CONSUMER, records,
                events -> reservations.on(EventConsumer.Consumed.events(events)));
    }
}
