package gotohotel.desk.store;

import java.util.List;

/**
 * A decision the desk cannot take on the reservation as it shows it; nothing was written. The reason and its
 * values let the screens say it in their language; the message says it in English (logs, the headless sync).
 */
public class DecisionNotQueuedException extends RuntimeException {

    /** Why, each with the values its sentence names. */
    public enum Reason { NO_STAFF, STAFF_TOO_LONG, REASON_REQUIRED, REASON_TOO_LONG, NOT_ON_DESK, NOT_LEGAL,
        ROOM_UNKNOWN, ROOM_OUT_OF_ORDER, ROOM_HELD, SAME_ROOM }

    private final Reason reason;
    private final List<Object> values;

    public DecisionNotQueuedException(Reason reason, String message, Object... values) {
        super(message);
        this.reason = reason;
        this.values = List.of(values);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> values() {
        return values;
    }
}
