package gotohotel.backend.reservation;

import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.ReservationSnapshot;
import java.util.List;
import java.util.UUID;

/** A decision taken at a front desk, applied in the caller's transaction and answered for good. */
public interface ReservationDecisions {

    /**
     * Decisions applied one after the other, in the caller's transaction, each against the reservation as the
     * ones before it left it; the answers in the same order.
     */
    List<Decision> decideInOrder(List<Request> requests);

    /**
     * A decision to apply: what to do with which reservation, the version the desk showed when it was taken (none
     * when the client does not say), why (a rejection), who decided it when, and the room (ASSIGN_ROOM, MOVE_ROOM, or
     * CHECK_IN with a room), given as an upgrade when of another type than the booked one.
     */
    record Request(UUID reservationId, CommandType type, Long expectedVersion, String reason, Actor actor,
                   String room, boolean upgrade) {

        /** A decision that names no room. */
        public Request(UUID reservationId, CommandType type, Long expectedVersion, String reason, Actor actor) {
            this(reservationId, type, expectedVersion, reason, actor, null, false);
        }
    }

    /** What became of a decision, the reservation as it now stands, and a sentence for the receptionist. */
    record Decision(Outcome outcome, ReservationSnapshot reservation, String message) {
    }

    enum Outcome {
        /** The transition was made now. */
        APPLIED,
        /** The same transition had already been made (another desk, or this one before). */
        ALREADY_DONE,
        /** The reservation has moved on and the transition is no longer possible. */
        NOT_ALLOWED,
        /**
         * Still possible, but it would refund the guest or reverse a decision that someone else made after the
         * version the desk saw: not applied, so nothing moves on information the person never saw.
         */
        DECIDED_MEANWHILE,
        /** The decision itself is not acceptable (no such reservation, a rejection without a reason). */
        INVALID
    }
}
