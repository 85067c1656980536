package gotohotel.backend.sync;

import gotohotel.backend.reservation.Actor;
import gotohotel.backend.reservation.ReservationDecisions.Decision;
import gotohotel.backend.reservation.ReservationDecisions;
import gotohotel.backend.web.ApiException.FieldError;
import gotohotel.backend.web.ApiException;
import gotohotel.shared.sync.CommandBatch;
import gotohotel.shared.sync.CommandBatchResult;
import gotohotel.shared.sync.CommandOutcome;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.SyncCommand;
import java.time.Clock;
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
 */
@Service
class CommandBatches {

    static final int MAX_COMMANDS = 500;

    private final SyncClients clients;
    private final ReservationDecisions decisions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CommandBatches(SyncClients clients, ReservationDecisions decisions, TransactionTemplate transactions,
                   Clock clock) {
        this.clients = clients;
        this.decisions = decisions;
        this.transactions = transactions;
        this.clock = clock;
    }

    CommandBatchResult apply(CommandBatch batch, String account) {
        validate(batch);
        var results = new ArrayList<CommandResult>(batch.commands().size());
        var gap = new SequenceGapException[1];
        long lastSeq = transactions.execute(status -> {
            for (var command : batch.commands()) {
                try {
                    results.add(applyOne(batch.clientId(), command, account));
                } catch (SequenceGapException past) {
                    gap[0] = past;   // the answers so far stand; the next batch starts at the gap and is told so
                    break;
                }
            }
            return clients.lastSeq(batch.clientId());
        });
        if (results.isEmpty() && gap[0] != null) {
            throw gap[0];
        }
        return new CommandBatchResult(results, lastSeq);
    }

    private CommandResult applyOne(UUID clientId, SyncCommand command, String account) {
        var now = clock.instant();
        var locked = clients.lockLastSeq(clientId);
        if (locked.isEmpty()) {
            if (command.seq() != 1) {
                throw new SequenceGapException(1, command.seq(), 0, true);
            }
            clients.register(clientId, now);
            locked = clients.lockLastSeq(clientId);
        }
        long lastSeq = locked.getAsLong();
        var earlier = clients.answerTo(clientId, command.commandId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (command.seq() <= lastSeq) {
            return clients.answerTo(clientId, command.seq()).orElseThrow(() -> ApiException.invalid("commands",
                    "seq " + command.seq() + " was already used by another command of this desk"));
        }
        if (command.seq() > lastSeq + 1) {
            throw new SequenceGapException(lastSeq + 1, command.seq(), lastSeq, false);
        }
        var decision = decisions.decide(command.reservationId(), command.type(), command.reason(),
                Actor.desk(command.staff(), account, clientId, command.issuedAt()));
        var result = new CommandResult(command.commandId(), command.seq(), outcome(decision), decision.reservation(),
                decision.message());
        clients.answered(clientId, command, result, now);
        return result;
    }

    private static CommandOutcome outcome(Decision decision) {
        return switch (decision.outcome()) {
            case APPLIED -> CommandOutcome.APPLIED;
            case ALREADY_DONE -> CommandOutcome.DUPLICATE;
            case NOT_ALLOWED -> CommandOutcome.CONFLICT;
            case INVALID -> CommandOutcome.REJECTED;
        };
    }

    /** Refuses a malformed batch as a whole (400) before anything is written. */
    private static void validate(CommandBatch batch) {
        var errors = new ArrayList<FieldError>();
        if (batch == null || batch.clientId() == null) {
            errors.add(new FieldError("clientId", "is required"));
        }
        List<SyncCommand> commands = batch == null ? null : batch.commands();
        if (commands == null || commands.isEmpty() || commands.size() > MAX_COMMANDS) {
            errors.add(new FieldError("commands", "must hold 1 to " + MAX_COMMANDS + " commands"));
        } else {
            var ids = new HashSet<UUID>();
            for (int i = 0; i < commands.size(); i++) {
                validate(commands.get(i), "commands[" + i + "]", errors);
                var command = commands.get(i);
                if (command != null && command.commandId() != null && !ids.add(command.commandId())) {
                    errors.add(new FieldError("commands[" + i + "].commandId", "appears twice in the batch"));
                }
                if (i > 0 && command != null && commands.get(i - 1) != null && command.seq() != null
                        && commands.get(i - 1).seq() != null && command.seq() != commands.get(i - 1).seq() + 1) {
                    errors.add(new FieldError("commands[" + i + "].seq", "must follow the previous command's seq by 1"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void validate(SyncCommand command, String path, List<FieldError> errors) {
        if (command == null) {
            errors.add(new FieldError(path, "is required"));
            return;
        }
        if (command.commandId() == null) {
            errors.add(new FieldError(path + ".commandId", "is required"));
        }
        if (command.seq() == null || command.seq() < 1) {
            errors.add(new FieldError(path + ".seq", "must be 1 or more"));
        }
        if (command.type() == null) {
            errors.add(new FieldError(path + ".type", "must be CONFIRM, REJECT, CHECK_IN or CHECK_OUT"));
        }
        if (command.reservationId() == null) {
            errors.add(new FieldError(path + ".reservationId", "is required"));
        }
        if (command.issuedAt() == null) {
            errors.add(new FieldError(path + ".issuedAt", "is required"));
        }
        if (command.staff() == null || command.staff().isBlank() || command.staff().length() > 100
                || command.staff().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(path + ".staff", "is required (at most 100 characters)"));
        }
        if (command.reason() != null && (command.reason().length() > 500 || command.reason().indexOf('\0') >= 0)) {
            errors.add(new FieldError(path + ".reason", "must be at most 500 characters of text"));
        }
    }
}
