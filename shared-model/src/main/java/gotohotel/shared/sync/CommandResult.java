package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * The answer to one command, with the reservation (or, for SET_HOUSEKEEPING, the room) as it now stands and a
 * sentence for the receptionist; a room another stay holds is a CONFLICT whose message names the room and that
 * stay's guest.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandResult(UUID commandId, long seq, CommandOutcome outcome, ReservationSnapshot reservation,
                            String message, RoomSnapshot room) {

    public CommandResult(UUID commandId, long seq, CommandOutcome outcome, ReservationSnapshot reservation,
                         String message) {
        this(commandId, seq, outcome, reservation, message, null);
    }
}
