package gotohotel.shared.sync;

/**
 * A front-desk decision: on an existing, paid reservation (CONFIRM, REJECT, CHECK_IN, CHECK_OUT) or on a room
 * (SET_HOUSEKEEPING, no reservation).
 */
public enum CommandType {
    CONFIRM, REJECT, CHECK_IN, CHECK_OUT,
    SET_HOUSEKEEPING
}
