package gotohotel.backend.reservation;

import gotohotel.backend.domain.DomainRuleException;

/** A guest is checked in to a room: without one assigned, check-in is refused. */
class RoomRequiredException extends DomainRuleException {

    static final String SENTENCE = "Assign a room first: the guest cannot be checked in without one.";

    RoomRequiredException() {
        super("room-required", "Room required", SENTENCE);
    }
}
