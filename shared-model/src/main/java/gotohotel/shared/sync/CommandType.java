package gotohotel.shared.sync;

/** A front-desk decision on an existing, paid reservation. */
public enum CommandType {
    CONFIRM, REJECT, CHECK_IN, CHECK_OUT
}
