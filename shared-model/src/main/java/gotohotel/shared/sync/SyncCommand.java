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
 * @param room            ASSIGN_ROOM and MOVE_ROOM: the room to hold; CHECK_IN: a room to assign with the check-in
 *                        (none: the stay must hold one already); SET_HOUSEKEEPING: the room (its number)
 * @param housekeeping    SET_HOUSEKEEPING: the room's new housekeeping status
 * @param upgrade         ASSIGN_ROOM, MOVE_ROOM and CHECK_IN with a room: true to give a room of another type than
 *                        the booked one (refused without it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncCommand(UUID commandId, Long seq, CommandType type, UUID reservationId, Long expectedVersion,
                          Instant issuedAt, String staff, String reason, String room,
                          HousekeepingStatus housekeeping, Boolean upgrade) {

    /** A decision that is no upgrade. */
    public SyncCommand(UUID commandId, Long seq, CommandType type, UUID reservationId, Long expectedVersion,
                       Instant issuedAt, String staff, String reason, String room, HousekeepingStatus housekeeping) {
        this(commandId, seq, type, reservationId, expectedVersion, issuedAt, staff, reason, room, housekeeping, null);
    }

    /** A decision on a reservation that names no room. */
    public SyncCommand(UUID commandId, Long seq, CommandType type, UUID reservationId, Long expectedVersion,
                       Instant issuedAt, String staff, String reason) {
        this(commandId, seq, type, reservationId, expectedVersion, issuedAt, staff, reason, null, null, null);
    }

    /** True when the command asks for a room of another type than the booked one. */
    public boolean upgrading() {
        return Boolean.TRUE.equals(upgrade);
    }
}
