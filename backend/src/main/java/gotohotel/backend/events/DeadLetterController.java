package gotohotel.backend.events;

import gotohotel.backend.web.ApiException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff replay of the dead letters of an event topic (behind the staff token like all of /api/staff). */
@RestController
class DeadLetterController {

    private final DeadLetterReplay replay;

    DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/staff/dead-letters/replay")
    DeadLetterReplay.Result replay(@RequestParam String topic) {
        if (!KafkaEventsConfiguration.CONSUMED_TOPICS.contains(topic)) {
            throw ApiException.invalid("topic", "must be one of " + KafkaEventsConfiguration.CONSUMED_TOPICS);
        }
        return replay.replay(topic);
    }
}
