package gotohotel.backend.events;

import io.swagger.v3.oas.annotations.Operation;
import gotohotel.backend.domain.InvalidInputException;
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
    @Operation(operationId = "replayDeadLetters", summary = "Send a topic's dead letters back to it, once")
    DeadLetterReplay.Result replay(@RequestParam String topic) {
        if (!KafkaEventsConfiguration.CONSUMED_TOPICS.contains(topic)) {
            throw new InvalidInputException("topic", "must be one of " + KafkaEventsConfiguration.CONSUMED_TOPICS);
        }
        return replay.replay(topic);
    }
}
