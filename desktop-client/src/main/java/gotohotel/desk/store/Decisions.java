package gotohotel.desk.store;

import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.SyncCommand;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A decision taken at this desk: checked against the server's limits before anything is written (a command the
 * server would refuse as malformed must never enter the queue: it would hold every later decision of this desk
 * behind it), then queued with the optimistic change in the caller's transaction.
 */
final class Decisions {

    /** The longest reject reason the server takes. */
    static final int MAX_REASON = 500;
    private static final int MAX_STAFF = 100;

    private Decisions() {
    }

    /** @throws DecisionNotQueuedException when the server would refuse the command as malformed */
    static void check(CommandType type, String staff, String reason) {
        if (staff == null || staff.isBlank()) {
            throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.NO_STAFF,
                    "Say who takes the decision.");
        }
        if (staff.strip().length() > MAX_STAFF || staff.chars().anyMatch(Character::isISOControl)) {
            throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.STAFF_TOO_LONG,
                    "A staff name is at most " + MAX_STAFF + " characters.", MAX_STAFF);
        }
        if (type == CommandType.REJECT && (reason == null || reason.isBlank())) {
            throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.REASON_REQUIRED,
                    "A rejection needs a reason for the guest.");
        }
        if (type == CommandType.REJECT && (reason.strip().length() > MAX_REASON || reason.indexOf('\0') >= 0)) {
            throw new DecisionNotQueuedException(DecisionNotQueuedException.Reason.REASON_TOO_LONG,
                    "A reason is at most " + MAX_REASON + " characters.", MAX_REASON);
        }
    }

    /**
     * The optimistic change and the queued command, numbered with the next seq.
     *
     * @throws DecisionNotQueuedException when the reservation is not on this desk or the decision is not legal from
     *                                     the status it shows
     */
    static SyncCommand queue(Sqlite tx, UUID reservationId, CommandType type, String staff, String reason,
                             Instant now) throws SQLException {
        var reservation = ReservationRows.find(tx, reservationId).orElseThrow(
                () -> new DecisionNotQueuedException(DecisionNotQueuedException.Reason.NOT_ON_DESK,
                        "This reservation is not on this desk."));
        String next = Transitions.after(reservation.localStatus(), type).orElseThrow(
                () -> new DecisionNotQueuedException(DecisionNotQueuedException.Reason.NOT_LEGAL, "Cannot "
                        + words(type.name()) + " a reservation that is " + words(reservation.localStatus()) + ".",
                        "decision." + type.name(), "status." + reservation.localStatus()));
        var command = new SyncCommand(UUID.randomUUID(), StateRow.takeNextSeq(tx), type, reservationId,
                reservation.server().version(), now, staff.strip(),
                type == CommandType.REJECT ? reason.strip() : null);
        CommandRows.add(tx, command);
        ReservationRows.showLocally(tx, reservationId, next);
        return command;
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ').replace("check ", "check-");
    }
}
