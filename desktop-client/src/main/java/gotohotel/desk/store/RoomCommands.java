package gotohotel.desk.store;

import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.SyncCommand;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Room commands taken at this desk, queued with their optimistic change in the caller's transaction like decisions:
 * a room for a stay (ASSIGN_ROOM before arrival, MOVE_ROOM for an in-house guest from tonight on) and a room's
 * housekeeping. The desk refuses at once what its own cache already shows impossible: a room out of order, or held
 * by another stay on one of the nights (never two guests in one room, on the desk either).
 */
final class RoomCommands {

    private RoomCommands() {
    }

    /**
     * @param today the hotel's date now: an in-house guest moves from tonight on
     * @throws DecisionNotQueuedException when the desk shows the room taken, out of order or unknown, or the stay
     *                                     cannot have a room from its status
     */
    static SyncCommand assign(Sqlite tx, UUID reservationId, String number, String staff, LocalDate today,
                              Instant now) throws SQLException {
        var reservation = ReservationRows.find(tx, reservationId).orElseThrow(
                () -> new DecisionNotQueuedException(DecisionNotQueuedException.Reason.NOT_ON_DESK,
                        "This reservation is not on this desk."));
        var stay = reservation.server();
        String status = reservation.localStatus();
        boolean inHouse = "CHECKED_IN".equals(status);
        CommandType type = inHouse ? CommandType.MOVE_ROOM : CommandType.ASSIGN_ROOM;
        LocalDate from = inHouse && today.isAfter(stay.checkIn()) ? today : stay.checkIn();
        if (!inHouse && !"CONFIRMED".equals(status) && !"PENDING_CONFIRMATION".equals(status)
                || stay.checkOut() == null || !from.isBefore(stay.checkOut())) {
            throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.NOT_LEGAL, "Cannot give a room to "
                    + "a reservation that is " + status + ".", "decision." + type.name(), "status." + status);
        }
        var room = RoomRows.byNumber(tx, number).orElseThrow(() -> new DecisionNotQueuedException(
                DecisionNotQueuedException.Reason.ROOM_UNKNOWN, "This desk knows no room " + number + ".", number));
        var heldFromThen = StayRooms.of(tx, reservationId).stream().filter(r -> r.until().isAfter(from)).toList();
        if (!heldFromThen.isEmpty() && heldFromThen.stream().allMatch(r -> r.number().equals(number))) {
            throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.SAME_ROOM,
                    "The stay already holds room " + number + ".", number);
        }
        for (var night = from; night.isBefore(stay.checkOut()); night = night.plusDays(1)) {
            if (room.outOfOrderOn(night)) {
                throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.ROOM_OUT_OF_ORDER,
                        "Room " + number + " is out of order on " + night + ".", number, night.toString());
            }
        }
        var holder = StayRooms.heldBy(tx, number, from, stay.checkOut(), reservationId);
        if (holder.isPresent()) {
            throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.ROOM_HELD,
                    "Room " + number + " is held by " + holder.get() + " on one of those nights.", number,
                    holder.get());
        }
        var command = new SyncCommand(UUID.randomUUID(), StateRow.takeNextSeq(tx), type, reservationId,
                stay.version(), now, staff.strip(), null, number, null);
        CommandRows.add(tx, command, inHouse ? from : null);
        StayRooms.rebase(tx, reservationId);
        return command;
    }

    /** @throws DecisionNotQueuedException when the desk knows no such room */
    static SyncCommand housekeeping(Sqlite tx, String number, HousekeepingStatus status, String staff, Instant now)
            throws SQLException {
        var room = RoomRows.byNumber(tx, number).orElseThrow(() -> new DecisionNotQueuedException(
                DecisionNotQueuedException.Reason.ROOM_UNKNOWN, "This desk knows no room " + number + ".", number));
        var command = new SyncCommand(UUID.randomUUID(), StateRow.takeNextSeq(tx), CommandType.SET_HOUSEKEEPING,
                null, room.server().version(), now, staff.strip(), null, number, status);
        CommandRows.add(tx, command);
        RoomRows.rebase(tx, number);
        return command;
    }
}
