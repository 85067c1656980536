package gotohotel.backend.reservation;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.RefusalException;
import gotohotel.backend.reservation.ReservationDecisions.Decision;
import gotohotel.backend.reservation.ReservationDecisions.Outcome;
import gotohotel.backend.reservation.ReservationDecisions.Request;
import gotohotel.shared.sync.CommandType;
import java.util.Optional;

/**
 * A desk's decisions that name a room (ASSIGN_ROOM, MOVE_ROOM, CHECK_IN with a room), answered like the others: a
 * room another stay holds, out of order, or of another type without the upgrade flag is a CONFLICT naming the room
 * (and the other stay's guest); a room that does not exist, or none named, is REJECTED.
 */
final class RoomDecisions {

    /** As long as room.number holds. */
    static final int MAX_ROOM_NUMBER = 8;

    private RoomDecisions() {
    }

    static boolean namesRoom(Request request) {
        return request.type() == CommandType.ASSIGN_ROOM || request.type() == CommandType.MOVE_ROOM
                || request.type() == CommandType.CHECK_IN && request.room() != null;
    }

    /**
     * Holds the request's room for the stay (unwritten); the answer when that is all there is to it: a refusal, or
     * a room assignment or move already made. Empty when the room is held now, or for a check-in once held.
     */
    static Optional<Decision> hold(StayRooms rooms, Reservation reservation, Request request) {
        var room = request.room() == null ? "" : request.room().strip();
        if (room.isEmpty() || room.length() > MAX_ROOM_NUMBER) {
            return Optional.of(new Decision(Outcome.INVALID, ReservationSnapshots.of(reservation),
                    "Name the room to give the guest (a room number)."));
        }
        try {
            boolean changed = rooms.hold(reservation, room, request.upgrade(), request.actor());
            if (!changed && request.type() != CommandType.CHECK_IN) {
                return Optional.of(new Decision(Outcome.ALREADY_DONE, ReservationSnapshots.of(reservation),
                        "Already done: the guest holds room " + room + "."));
            }
            return Optional.empty();
        } catch (DomainRuleException refused) {
            return Optional.of(new Decision(Outcome.NOT_ALLOWED, ReservationSnapshots.of(reservation),
                    refused.getMessage() + " Not applied."));
        } catch (RefusalException invalid) {
            return Optional.of(new Decision(Outcome.INVALID, ReservationSnapshots.of(reservation),
                    invalid.getMessage() + " Not applied."));
        }
    }

    /** The answer once the room is held (or was held already). */
    static Decision held(Reservation reservation) {
        return new Decision(Outcome.APPLIED, ReservationSnapshots.of(reservation),
                "Done: the guest holds room " + reservation.room() + ".");
    }
}
