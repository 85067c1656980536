package gotohotel.backend.rooms;

import gotohotel.backend.events.EventConsumer;
import gotohotel.backend.events.ProcessedEvents;
import gotohotel.shared.event.ReservationCheckedOut;
import gotohotel.shared.event.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Check-out makes the room dirty: the rooms hear of it from Kafka in their own consumer group, like every other
 * context (so they can run in another process and a check-out never waits for them), each event once (processed
 * events), in one transaction per poll.
 */
@Component
class CheckOutListener {

    static final String CONSUMER = "rooms";
    private static final Logger log = LoggerFactory.getLogger(CheckOutListener.class);

    private final EventConsumer consumer;
    private final ProcessedEvents processed;
    private final Housekeeping housekeeping;
    private final TransactionTemplate transactions;

    CheckOutListener(EventConsumer consumer, ProcessedEvents processed, Housekeeping housekeeping,
                     TransactionTemplate transactions) {
        this.consumer = consumer;
        this.processed = processed;
        this.housekeeping = housekeeping;
        this.transactions = transactions;
    }

    @KafkaListener(id = "rooms-reservations", topics = Topics.RESERVATIONS, groupId = "gotohotel-rooms",
            batch = "true", autoStartup = "${gotohotel.rooms.listeners-enabled:true}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        consumer.consumeBatch(CONSUMER, records, consumed -> apply(EventConsumer.Consumed.events(consumed).stream()
                .filter(ReservationCheckedOut.class::isInstance).map(ReservationCheckedOut.class::cast).toList()));
    }

    void apply(List<ReservationCheckedOut> checkOuts) {
        if (checkOuts.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            var fresh = processed.firstTimes(CONSUMER, checkOuts.stream().map(ReservationCheckedOut::eventId).toList());
            for (var checkOut : checkOuts) {
                if (fresh.remove(checkOut.eventId())
                        && housekeeping.checkedOut(checkOut.reservationId(), checkOut.room(), checkOut.occurredAt())) {
                    log.info("Reservation {} checked out: its room is dirty", checkOut.reservationId());
                }
            }
        });
    }
}
