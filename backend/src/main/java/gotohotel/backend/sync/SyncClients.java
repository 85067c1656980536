package gotohotel.backend.sync;

import gotohotel.shared.sync.CommandOutcome;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.shared.sync.RoomSnapshot;
import gotohotel.shared.sync.SyncCommand;
import java.sql.Timestamp;
import java.sql.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Each registered desk's last applied seq and the first answer to each of its commands. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class SyncClients {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SyncClients(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The registered desk's row, locked until the transaction ends; empty for a desk never seen. */
    Optional<RegisteredDesk> lock(UUID clientId) {
        return jdbc.query("""
                SELECT last_seq, secret_hash, revoked_at, name FROM sync_client WHERE client_id = ? FOR UPDATE""",
                (rows, n) -> new RegisteredDesk(rows.getLong(1), rows.getString(2), rows.getTimestamp(3) != null,
                        rows.getString(4)), clientId).stream().findFirst();
    }

    /** A desk as the command path sees it: where its commands stand, the hash of its secret, whether revoked. */
    record RegisteredDesk(long lastSeq, String secretHash, boolean revoked, String name) {
    }

    /** The stored answers to those of a batch's commands whose command id this desk sent before, in one query. */
    Map<UUID, CommandResult> answersTo(UUID clientId, Collection<UUID> commandIds) {
        var byId = new HashMap<UUID, CommandResult>();
        jdbc.query("SELECT * FROM sync_command WHERE client_id = ? AND command_id = ANY (?)", rows -> {
            var result = result(rows);
            byId.put(result.commandId(), result);
        }, clientId, jdbc.execute((ConnectionCallback<Array>) connection -> connection.createArrayOf("uuid",
                commandIds.toArray())));
        return byId;
    }

    /**
     * Stores the answers (one batched insert) and moves the client's last seq to {@code lastSeq}, in the
     * transaction that applied the commands.
     */
    void answered(UUID clientId, List<Answered> answers, long lastSeq, Instant now) {
        if (answers.isEmpty()) {
            return;
        }
        var appliedAt = Timestamp.from(now);
        jdbc.batchUpdate("""
                INSERT INTO sync_command (client_id, command_id, seq, type, reservation_id, outcome, message, snapshot,
                    applied_at, room, room_snapshot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", answers.stream().map(answer -> new Object[] {clientId,
                answer.command().commandId(), answer.command().seq(), answer.command().type().name(),
                answer.command().reservationId(), answer.result().outcome().name(), answer.result().message(),
                answer.result().reservation() == null ? null : json.writeValueAsString(answer.result().reservation()),
                appliedAt, answer.command().room(),
                answer.result().room() == null ? null : json.writeValueAsString(answer.result().room())}).toList());
        jdbc.update("UPDATE sync_client SET last_seq = ?, updated_at = ? WHERE client_id = ?", lastSeq, appliedAt,
                clientId);
    }

    /** A command applied now and its answer. */
    record Answered(SyncCommand command, CommandResult result) {
    }

    private CommandResult result(java.sql.ResultSet rows) throws java.sql.SQLException {
        String snapshot = rows.getString("snapshot");
        String room = rows.getString("room_snapshot");
        return new CommandResult(rows.getObject("command_id", UUID.class), rows.getLong("seq"),
                CommandOutcome.valueOf(rows.getString("outcome")),
                snapshot == null ? null : json.readValue(snapshot, ReservationSnapshot.class),
                rows.getString("message"), room == null ? null : json.readValue(room, RoomSnapshot.class));
    }
}
