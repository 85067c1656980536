package gotohotel.backend.notification;

import gotohotel.backend.events.EventConsumer;
import gotohotel.shared.event.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Notifications hear of status changes only from Kafka, in their own consumer group. */
@Component
class NotificationListener {

    private final EventConsumer consumer;
    private final NotificationIntake intake;

    NotificationListener(EventConsumer consumer, NotificationIntake intake) {
        this.consumer = consumer;
        this.intake = intake;
    }

    @KafkaListener(id = "notification", groupId = "gotohotel-notification", batch = "true",
            topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS},
            autoStartup = "${gotohotel.notification.listeners-enabled:true}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.consumeBatch(NotificationIntake.CONSUMER, records, events -> intake.on(
                EventConsumer.Consumed.events(events), events.stream().map(EventConsumer.Consumed::json).toList()));
    }
}
