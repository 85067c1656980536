package gotohotel.backend.notification;

import gotohotel.backend.common.EventJson;
import gotohotel.shared.event.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Notifications hear of status changes only from Kafka, in their own consumer group. */
@Component
class NotificationListener {

    private final EventJson json;
    private final NotificationIntake intake;

    NotificationListener(EventJson json, NotificationIntake intake) {
        this.json = json;
        this.intake = intake;
    }

    @KafkaListener(id = "notification", groupId = "gotohotel-notification", batch = "true",
            topics = {Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS},
            autoStartup = "${gotohotel.notification.listeners-enabled:true}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        intake.on(json.readAll(records),
                records.stream().map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList());
    }
}
