package gotohotel.backend.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * During a rolling upgrade an instance of the earlier version meets events it does not know (OrderPaid, decision record
 * 55) and sets them aside as unreadable. Every {@code gotohotel.events.unreadable-replay-interval} this sends such dead
 * letters back to their topic once this version reads them, so a booking paid on a new instance reaches the hotel, my
 * page and the guest's messages without anyone replaying by hand; consumers are idempotent, so a record applied before
 * changes nothing. Dead letters set aside for any other reason wait for the staff's replay.
 */
@Component
class UnreadableDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(UnreadableDeadLetters.class);

    private final DeadLetterReplay replay;

    UnreadableDeadLetters(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @Scheduled(fixedDelayString = "${gotohotel.events.unreadable-replay-interval:60s}",
            initialDelayString = "${gotohotel.events.unreadable-replay-interval:60s}")
    void sendBackWhatThisVersionReads() {
        for (String topic : KafkaEventsConfiguration.CONSUMED_TOPICS) {
            try {
                replay.replayNowReadable(topic);
            } catch (RuntimeException brokerAway) {
                log.warn("Dead letters of {} not looked at now; again in a while: {}", topic, brokerAway.toString());
            }
        }
    }
}
