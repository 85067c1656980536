package gotohotel.desk.service;

import gotohotel.desk.sync.Answer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A request of the desk's online screens (a manager's, a booking for a guest) over the current connection: the answer's body, or a
 * {@link StaffChangeRefusedException} whose reason the screens put in their own words.
 */
final class ManagerRequests {

    private final Supplier<Optional<Connection>> current;

    /** @param current the connection now (empty when signed out) */
    ManagerRequests(Supplier<Optional<Connection>> current) {
        this.current = current;
    }

    /** The connection now, if signed in. */
    Optional<Connection> current() {
        return current.get();
    }

    /** The connection now, or a refusal saying the desk is signed out. */
    Connection connection() {
        return current.get().orElseThrow(() -> refused(Answer.Kind.UNAUTHORIZED, null));
    }

    <T> T send(Function<Connection, Answer<T>> request) {
        return check(request.apply(connection()));
    }

    static <T> T check(Answer<T> answer) {
        if (answer.kind() != Answer.Kind.OK) {
            throw refused(answer.kind(), answer);
        }
        return answer.body();
    }

    private static StaffChangeRefusedException refused(Answer.Kind kind, Answer<?> answer) {
        var problem = answer == null ? null : answer.refusal();
        String detail = answer == null ? "not signed in" : answer.problem();
        Map<String, String> fields = problem == null ? Map.of() : problem.fieldErrors();
        return new StaffChangeRefusedException(switch (kind) {
            case UNAUTHORIZED -> StaffChangeRefusedException.Reason.SIGNED_OUT;
            case UNREACHABLE -> problem != null && problem.type().equals("payment-unavailable")
                    ? StaffChangeRefusedException.Reason.PAYMENT_UNAVAILABLE
                    : StaffChangeRefusedException.Reason.UNREACHABLE;
            default -> problem == null ? StaffChangeRefusedException.Reason.OTHER : switch (problem.type()) {
                case "manager-only" -> StaffChangeRefusedException.Reason.MANAGERS_ONLY;
                case "staff-account-exists" -> StaffChangeRefusedException.Reason.EXISTS;
                case "last-manager" -> StaffChangeRefusedException.Reason.LAST_MANAGER;
                case "room-number-taken" -> StaffChangeRefusedException.Reason.ROOM_NUMBER_TAKEN;
                case "room-in-use" -> StaffChangeRefusedException.Reason.ROOM_IN_USE;
                case "rooms-needed" -> StaffChangeRefusedException.Reason.ROOMS_NEEDED;
                case "sold-out" -> StaffChangeRefusedException.Reason.SOLD_OUT;
                case "payment-declined" -> StaffChangeRefusedException.Reason.DECLINED;
                case "request-in-progress" -> StaffChangeRefusedException.Reason.IN_PROGRESS;
                case "idempotency-key-reused" -> StaffChangeRefusedException.Reason.KEY_REUSED;
                case "stay-change-refused" -> StaffChangeRefusedException.Reason.STAY_CHANGE_REFUSED;
                case "room-taken" -> StaffChangeRefusedException.Reason.ROOM_TAKEN;
                default -> problem.status() == 404 ? StaffChangeRefusedException.Reason.NOT_FOUND
                        : problem.status() == 403 ? StaffChangeRefusedException.Reason.MANAGERS_ONLY
                        : !fields.isEmpty() ? StaffChangeRefusedException.Reason.INVALID
                        : StaffChangeRefusedException.Reason.OTHER;
            };
        }, problem != null && problem.detail() != null ? problem.detail() : detail, fields,
                problem == null ? List.of() : problem.bookings());
    }
}
