package gotohotel.backend.sync;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import gotohotel.backend.reservation.Actor;
import gotohotel.backend.reservation.ReservationDecisions;
import gotohotel.backend.reservation.ReservationDecisions.Decision;
import gotohotel.backend.rooms.Housekeeping;
import gotohotel.backend.security.RandomSecrets;
import gotohotel.backend.staff.StaffDirectory;
import gotohotel.shared.sync.CommandBatch;
import gotohotel.shared.sync.CommandBatchResult;
import gotohotel.shared.sync.CommandOutcome;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.SyncCommand;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a desk's batch in seq order in one transaction that also stores each answer and the desk's new
 * last seq — so a batch cut off anywhere (crash, lost answer) is simply sent again: what was applied answers
 * as before, the rest is applied now. One commit per batch rather than per command is what lets a desk that
 * was offline for a day drain its queue in seconds.
 * <p>
 * The work is set-based (decision record 20): the desk's row is locked once, the earlier answers to all the
 * batch's command ids are read in one query, the commands still to apply are decided together
 * (their reservations locked in one statement) and their answers written in one batched insert.
 */
@Service
class CommandBatches {

    static final int MAX_COMMANDS = 500;
    /** As long as the reservation's {@code updated_by} holds. */
    static final int MAX_STAFF_NAME = 64;
    /** How far ahead of the server's clock a desk's decision time may be: a desk's clock is not trusted blindly. */
    static final Duration MAX_CLOCK_AHEAD = Duration.ofDays(1);
    /** Before this, a decision time is a broken clock, not a decision. */
    static final Instant EARLIEST_DECISION = Instant.parse("2000-01-01T00:00:00Z");

    private final SyncClients clients;
    private final StaffDirectory staff;
    private final ReservationDecisions decisions;
    private final Housekeeping housekeeping;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Timer applying;

    CommandBatches(SyncClients clients, StaffDirectory staff, ReservationDecisions decisions, Housekeeping housekeeping,
                   TransactionTemplate transactions, Clock clock, MeterRegistry meters) {
        this.clients = clients;
        this.staff = staff;
        this.decisions = decisions;
        this.housekeeping = housekeeping;
        this.transactions = transactions;
        this.clock = clock;
        this.applying = Timer.builder("gotohotel.sync.batches")
                .description("Time a desk's command batch takes in its transaction, commit included")
                .register(meters);
    }

    /**
     * @param deskSecret the secret the server gave the desk {@code batch.clientId()} at its registration
     * @param account    the account whose token carried the batch (each command names the person who decided it)
     */
    CommandBatchResult apply(CommandBatch batch, String deskSecret, String account) {
        validate(batch, clock.instant().plus(MAX_CLOCK_AHEAD));
        var gap = new SequenceGapException[1];
        var applied = applying.record(() -> transactions.execute(status -> {
            try {
                return applyInOrder(batch.clientId(), deskSecret, batch.commands(), account);
            } catch (SequenceGapException gapAtTheStart) {
                gap[0] = gapAtTheStart;
                return null;
            }
        }));
        if (applied == null) {
            throw gap[0];
        }
        return applied;
    }

    /**
     * What the commands get, in seq order: a stored answer for a command id answered before, a new answer for each
     * command whose seq follows the desk's last seq; nothing from a gap on (the answers before it stand, the next
     * batch starts at the gap and is told so); nothing at all when a new command id comes with a seq already used.
     */
    private CommandBatchResult applyInOrder(UUID clientId, String deskSecret, List<SyncCommand> commands,
                                            String account) {
        var desk = lockDesk(clientId, deskSecret);
        long lastSeq = desk.lastSeq();
        var stored = clients.answersTo(clientId, commands.stream().map(SyncCommand::commandId).toList());
        var results = new ArrayList<CommandResult>(commands.size());
        var toApply = new ArrayList<SyncCommand>();
        var slots = new ArrayList<Integer>();
        for (var command : commands) {
            var earlier = stored.get(command.commandId());
            if (earlier != null) {
                results.add(earlier);
            } else if (command.seq() <= lastSeq) {
                throw new SequenceReusedException(command.seq(), lastSeq);
            } else if (command.seq() > lastSeq + 1) {
                if (results.isEmpty()) {
                    throw new SequenceGapException(lastSeq + 1, command.seq(), lastSeq);
                }
                break;
            } else {
                slots.add(results.size());
                results.add(null);
                toApply.add(command);
                lastSeq = command.seq();
            }
        }
        if (!toApply.isEmpty()) {
            var answers = new ArrayList<SyncClients.Answered>(toApply.size());
            var decided = decide(clientId, desk.name(), toApply, account);
            for (int i = 0; i < toApply.size(); i++) {
                var command = toApply.get(i);
                var result = decided.get(i);
                results.set(slots.get(i), result);
                answers.add(new SyncClients.Answered(command, result));
            }
            clients.answered(clientId, answers, lastSeq, clock.instant());
        }
        return new CommandBatchResult(results, lastSeq);
    }

    /**
     * The answers to the commands to apply now, in order: a command whose person could not decide when it was made
     * (no such account, not yet created, or disabled by then) is REJECTED without touching the reservation, and so is
     * a decision on a booking by a housekeeping account; the others are decided in order, each recorded as made by
     * its person at this desk. A housekeeping change (SET_HOUSEKEEPING) goes to the rooms, the rest to the
     * reservations.
     */
    private List<CommandResult> decide(UUID clientId, String deskName, List<SyncCommand> commands, String account) {
        var people = new ArrayList<StaffDirectory.Person>(commands.size());
        var requests = new ArrayList<ReservationDecisions.Request>();
        for (var command : commands) {
            var person = staff.whoCouldDecide(command.staff(), command.issuedAt()).orElse(null);
            people.add(person);
            if (person != null && onBooking(command) && person.role().decidesBookings()) {
                requests.add(new ReservationDecisions.Request(command.reservationId(), command.type(),
                        command.expectedVersion(), command.reason(), Actor.desk(person.username(), person.displayName(), account, clientId,
                        deskName, command.issuedAt()), command.room(), command.upgrading()));
            }
        }
        var decided = requests.isEmpty() ? List.<Decision>of() : decisions.decideInOrder(requests);
        var results = new ArrayList<CommandResult>(commands.size());
        int next = 0;
        for (int i = 0; i < commands.size(); i++) {
            var command = commands.get(i);
            var person = people.get(i);
            if (person == null) {
                results.add(new CommandResult(command.commandId(), command.seq(), CommandOutcome.REJECTED, null,
                        "Not applied: " + command.staff() + " could not decide at " + command.issuedAt()
                                + " (no such staff account then, or it was disabled by then)."));
            } else if (!onBooking(command)) {
                var done = housekeeping.setAtDesk(command.room(), command.housekeeping(), person.role(),
                        person.username());
                results.add(new CommandResult(command.commandId(), command.seq(),
                        done.applied() ? CommandOutcome.APPLIED : CommandOutcome.REJECTED, null, done.message(),
                        done.room()));
            } else if (!person.role().decidesBookings()) {
                results.add(new CommandResult(command.commandId(), command.seq(), CommandOutcome.REJECTED, null,
                        "Not applied: " + command.staff() + " works in housekeeping and does not decide bookings."));
            } else {
                var decision = decided.get(next++);
                results.add(new CommandResult(command.commandId(), command.seq(), outcome(decision),
                        decision.reservation(), decision.message()));
            }
        }
        return results;
    }

    private static boolean onBooking(SyncCommand command) {
        return command.type() != CommandType.SET_HOUSEKEEPING;
    }

    /**
     * The registered desk's row, locked until commit, once its secret is checked.
     *
     * @throws DeskRefusedException for a desk this server did not register (or not with this secret), or revoked
     */
    private SyncClients.RegisteredDesk lockDesk(UUID clientId, String secret) {
        var desk = clients.lock(clientId)
                .filter(registered -> RandomSecrets.matches(secret, registered.secretHash()))
                .orElseThrow(() -> new DeskRefusedException(DeskRefusedException.Reason.NOT_REGISTERED,
                        "This server has not registered desk " + clientId + " with this secret: register the desk "
                                + "(POST /api/sync/desks) and send the queue under its new id."));
        if (desk.revoked()) {
            throw new DeskRefusedException(DeskRefusedException.Reason.REVOKED,
                    "A manager revoked desk " + clientId + ": its commands are refused.");
        }
        return desk;
    }

    private static CommandOutcome outcome(Decision decision) {
        return switch (decision.outcome()) {
            case APPLIED -> CommandOutcome.APPLIED;
            case ALREADY_DONE -> CommandOutcome.DUPLICATE;
            case NOT_ALLOWED, DECIDED_MEANWHILE -> CommandOutcome.CONFLICT;
            case INVALID -> CommandOutcome.REJECTED;
        };
    }

    /** Refuses a malformed batch as a whole (400) before anything is written. */
    private static void validate(CommandBatch batch, Instant latestDecision) {
        var errors = new ArrayList<Violation>();
        if (batch == null || batch.clientId() == null) {
            errors.add(new Violation("clientId", "is required"));
        }
        List<SyncCommand> commands = batch == null ? null : batch.commands();
        if (commands == null || commands.isEmpty() || commands.size() > MAX_COMMANDS) {
            errors.add(new Violation("commands", "must hold 1 to " + MAX_COMMANDS + " commands"));
        } else {
            var ids = new HashSet<UUID>();
            for (int i = 0; i < commands.size(); i++) {
                validate(commands.get(i), "commands[" + i + "]", latestDecision, errors);
                var command = commands.get(i);
                if (command != null && command.commandId() != null && !ids.add(command.commandId())) {
                    errors.add(new Violation("commands[" + i + "].commandId", "appears twice in the batch"));
                }
                if (i > 0 && command != null && commands.get(i - 1) != null && command.seq() != null
                        && commands.get(i - 1).seq() != null && command.seq() != commands.get(i - 1).seq() + 1) {
                    errors.add(new Violation("commands[" + i + "].seq", "must follow the previous command's seq by 1"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void validate(SyncCommand command, String path, Instant latestDecision, List<Violation> errors) {
        if (command == null) {
            errors.add(new Violation(path, "is required"));
            return;
        }
        if (command.commandId() == null) {
            errors.add(new Violation(path + ".commandId", "is required"));
        }
        if (command.seq() == null || command.seq() < 1) {
            errors.add(new Violation(path + ".seq", "must be 1 or more"));
        }
        if (command.type() == null) {
            errors.add(new Violation(path + ".type",
                    "must be CONFIRM, REJECT, CHECK_IN, CHECK_OUT, ASSIGN_ROOM, MOVE_ROOM or SET_HOUSEKEEPING"));
        }
        if (command.type() == CommandType.SET_HOUSEKEEPING) {
            if (command.room() == null || command.room().isBlank()) {
                errors.add(new Violation(path + ".room", "is required (a room number)"));
            }
            if (command.housekeeping() == null) {
                errors.add(new Violation(path + ".housekeeping", "must be CLEAN, DIRTY or INSPECTED"));
            }
        } else {
            if (command.reservationId() == null) {
                errors.add(new Violation(path + ".reservationId", "is required"));
            }
            boolean needsRoom = command.type() == CommandType.ASSIGN_ROOM || command.type() == CommandType.MOVE_ROOM;
            if (needsRoom ? command.room() == null || command.room().isBlank()
                    : command.room() != null && command.room().isBlank()) {
                errors.add(new Violation(path + ".room", needsRoom ? "is required (a room number)" : "must not be blank"));
            }
        }
        if (command.room() != null && (command.room().length() > 8 || command.room().chars().anyMatch(Character::isISOControl))) {
            errors.add(new Violation(path + ".room", "must be a room number of at most 8 characters"));
        }
        if (command.issuedAt() == null) {
            errors.add(new Violation(path + ".issuedAt", "is required"));
        } else if (command.issuedAt().isAfter(latestDecision) || command.issuedAt().isBefore(EARLIEST_DECISION)) {
            errors.add(new Violation(path + ".issuedAt", "must be a time this desk decided: it is more than a day "
                    + "ahead of the server's clock or before 2000 (check the desk computer's date)"));
        }
        if (command.staff() == null || command.staff().isBlank() || command.staff().length() > MAX_STAFF_NAME
                || command.staff().chars().anyMatch(Character::isISOControl)) {
            errors.add(new Violation(path + ".staff", "is required (at most " + MAX_STAFF_NAME + " characters)"));
        }
        if (command.reason() != null && (command.reason().length() > 500 || command.reason().indexOf('\0') >= 0)) {
            errors.add(new Violation(path + ".reason", "must be at most 500 characters of text"));
        }
    }
}
