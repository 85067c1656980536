package gotohotel.shared.sync;

/**
 * A front-desk decision: on an existing, paid reservation (CONFIRM, REJECT, CHECK_IN, CHECK_OUT), on the room a
 * stay holds (ASSIGN_ROOM before arrival or at check-in, MOVE_ROOM for an in-house guest from tonight on), or on a
 * room (SET_HOUSEKEEPING, no reservation).
 */
public enum CommandType {
    CONFIRM, REJECT, CHECK_IN, CHECK_OUT, ASSIGN_ROOM, MOVE_ROOM, SET_HOUSEKEEPING
}
