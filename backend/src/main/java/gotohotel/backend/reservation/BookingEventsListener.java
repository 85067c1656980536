package gotohotel.backend.reservation;

import gotohotel.backend.common.EventJson;
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

    private final EventJson json;
    private final ReservationService reservations;

    BookingEventsListener(EventJson json, ReservationService reservations) {
        this.json = json;
        this.reservations = reservations;
    }

    @KafkaListener(id = "reservation-payments", topics = Topics.PAYMENTS, groupId = "gotohotel-reservation",
            batch = "true", autoStartup = "${gotohotel.reservation.listeners-enabled:true}")
    void onPayments(List<ConsumerRecord<String, byte[]>> records) {
        reservations.on(json.readAll(records));
    }

    @KafkaListener(id = "reservation-orders", topics = Topics.ORDERS, groupId = "gotohotel-reservation",
            batch = "true", autoStartup = "${gotohotel.reservation.listeners-enabled:true}")
    void onOrders(List<ConsumerRecord<String, byte[]>> records) {
        reservations.on(json.readAll(records));
    }
}
