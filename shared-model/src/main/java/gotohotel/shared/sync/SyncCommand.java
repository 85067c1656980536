package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One decision taken on a desk: numbered by the desk ({@code seq}, per client, from 1 without gaps), with
 * the version the desk saw, when it was decided and by whom; {@code reason} for a rejection.
 *
 * @param expectedVersion the reservation's version the desk saw; for SET_HOUSEKEEPING the room's
 * @param room            ASSIGN_ROOM and MOVE_ROOM: the room to hold; SET_HOUSEKEEPING: the room (its number)
 * @param housekeeping    SET_HOUSEKEEPING: the room's new housekeeping status
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncCommand(UUID commandId, Long seq, CommandType type, UUID reservationId, Long expectedVersion,
                          Instant issuedAt, String staff, String reason, String room,
                          HousekeepingStatus housekeeping) {

    /** A decision on a reservation that names no room. */
    public SyncCommand(UUID commandId, Long seq, CommandType type, UUID reservationId, Long expectedVersion,
                       Instant issuedAt, String staff, String reason) {
        this(commandId, seq, type, reservationId, expectedVersion, issuedAt, staff, reason, null, null);
    }
}
