package gotohotel.backend.reservation;

import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.ReservationSnapshot;
import java.util.UUID;

/** A decision taken at a front desk, applied in the caller's transaction and answered for good. */
public interface ReservationDecisions {

    Decision decide(UUID reservationId, CommandType type, String reason, Actor actor);

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
        /** The decision itself is not acceptable (no such reservation, a rejection without a reason). */
        INVALID
    }
}
