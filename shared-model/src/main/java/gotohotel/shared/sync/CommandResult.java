package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** The answer to one command, with the reservation as it now stands and a sentence for the receptionist. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandResult(UUID commandId, long seq, CommandOutcome outcome, ReservationSnapshot reservation,
                            String message) {
}
