package gotohotel.backend.reservation;

import gotohotel.backend.common.EventJson;
import gotohotel.shared.event.OrderCancelled;
import gotohotel.shared.event.PaymentApproved;
import gotohotel.shared.event.Topics;
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
            autoStartup = "${gotohotel.reservation.listeners-enabled:true}")
    void onPayment(ConsumerRecord<String, byte[]> record) {
        if (json.read(record.value()) instanceof PaymentApproved approved) {
            reservations.on(approved);
        }
    }

    @KafkaListener(id = "reservation-orders", topics = Topics.ORDERS, groupId = "gotohotel-reservation",
            autoStartup = "${gotohotel.reservation.listeners-enabled:true}")
    void onOrder(ConsumerRecord<String, byte[]> record) {
        if (json.read(record.value()) instanceof OrderCancelled cancelled) {
            reservations.on(cancelled);
        }
    }
}
