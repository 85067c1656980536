package gotohotel.desk.store;

import gotohotel.shared.sync.CommandType;
import java.util.Optional;

/**
 * The decisions a desk may take offline and the status each leads to — the server's rules for a
 * reservation that has not moved on. Empty when the decision is not possible from that status.
 */
final class Transitions {

    private Transitions() {
    }

    static Optional<String> after(String status, CommandType type) {
        String next = switch (type) {
            case CONFIRM -> "PENDING_CONFIRMATION".equals(status) ? "CONFIRMED" : null;
            case REJECT -> "PENDING_CONFIRMATION".equals(status) || "CONFIRMED".equals(status) ? "REJECTED" : null;
            case CHECK_IN -> "CONFIRMED".equals(status) ? "CHECKED_IN" : null;
            case CHECK_OUT -> "CHECKED_IN".equals(status) ? "CHECKED_OUT" : null;
            case ASSIGN_ROOM, MOVE_ROOM, SET_HOUSEKEEPING -> status;   // a room command leaves the status as it is
        };
        return Optional.ofNullable(next);
    }
}
