package gotohotel.backend.reservation;

import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.HistoryLineView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * No money moved on information the person never saw (decision record 37). A desk's decision that refunds the
 * guest or reverses a decision — today only a rejection — is not applied when the reservation changed after the
 * version the desk saw and that change is one its person did not see: a decision by another person (at another
 * desk or online), the guest's or the system's. The person's own decisions and the earlier queued decisions of
 * the same desk (shown on that desk when this one was taken) count as seen. Decisions that move no money and
 * reverse nothing stay "applied when still legal".
 */
@Component
class UnseenDecisions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ReservationHistory history;
    private final ZoneId hotelZone;

    UnseenDecisions(ReservationHistory history, @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone) {
        this.history = history;
        this.hotelZone = hotelZone;
    }

    /**
     * Why {@code type} must not be applied to the reservation as it stands, or empty when it may.
     *
     * @param seenVersion the version the desk showed when the decision was taken; none (a client that does not
     *                    say) counts as the reservation as it reached the hotel, version 0
     */
    Optional<String> refusal(Reservation reservation, CommandType type, Long seenVersion, Actor actor) {
        long seen = seenVersion == null ? 0 : Math.max(0, seenVersion);
        if (!movesMoneyOrReverses(type) || reservation.currentVersion() <= seen) {
            return Optional.empty();
        }
        return history.after(reservation.id(), seen).stream()
                .filter(line -> !seenBy(line, actor))
                .reduce((earlier, later) -> later)
                .map(line -> sentence(line, type));
    }

    /** Every command type decided here, so that a new one must be. */
    static boolean movesMoneyOrReverses(CommandType type) {
        return switch (type) {
            case REJECT -> true;                          // refunds in full and reverses a confirmation
            case CONFIRM, CHECK_IN, CHECK_OUT -> false;   // move no money; reverse nobody's decision
            case ASSIGN_ROOM, MOVE_ROOM -> false;         // a room still free: harmless (decision record 46)
            case SET_HOUSEKEEPING -> false;               // a room's status: no money, last writer wins
        };
    }

    /** The person decided it, or it was an earlier decision of the same desk, which showed it to them. */
    private static boolean seenBy(HistoryLineView line, Actor actor) {
        if (line.account() == null) {
            return false;   // the guest or the system: nobody at a desk decided it
        }
        return Objects.equals(Actor.person(line.staff(), line.account()), actor.person())
                || line.clientId() != null && line.clientId().equals(actor.clientId());
    }

    private String sentence(HistoryLineView line, CommandType type) {
        return done(line.action()) + " by " + who(line) + " (" + WHEN.format(line.appliedAt().atZone(hotelZone))
                + ") after this desk last saw the booking; your " + yours(type)
                + " was not applied; nothing was changed or refunded. Look at the booking again and decide anew.";
    }

    private static String who(HistoryLineView line) {
        return line.account() == null ? "the " + line.staff() : Actor.person(line.staff(), line.account());
    }

    private static String done(String action) {
        return switch (action) {
            case "CONFIRM" -> "Confirmed";
            case "CHECK_IN" -> "Checked in";
            case "CHECK_OUT" -> "Checked out";
            case "REJECT" -> "Rejected";
            case "CANCEL" -> "Cancelled";
            case "ROOM_ASSIGNED" -> "Given a room";
            case "ROOM_MOVED" -> "Moved to another room";
            default -> "Changed";
        };
    }

    private static String yours(CommandType type) {
        return switch (type) {
            case REJECT -> "rejection";
            case CONFIRM -> "confirmation";
            case CHECK_IN -> "check-in";
            case CHECK_OUT -> "check-out";
            case ASSIGN_ROOM -> "room assignment";
            case MOVE_ROOM -> "room move";
            case SET_HOUSEKEEPING -> "housekeeping change";
        };
    }
}
