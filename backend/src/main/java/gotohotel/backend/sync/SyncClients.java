package gotohotel.backend.sync;

import gotohotel.shared.sync.CommandOutcome;
import gotohotel.shared.sync.CommandResult;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.shared.sync.SyncCommand;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Each desk's last applied seq and the first answer to each of its commands. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class SyncClients {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SyncClients(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The client's last applied seq, its row locked until the transaction ends; empty for a client never seen. */
    OptionalLong lockLastSeq(UUID clientId) {
        var seqs = jdbc.queryForList("SELECT last_seq FROM sync_client WHERE client_id = ? FOR UPDATE", Long.class,
                clientId);
        return seqs.isEmpty() ? OptionalLong.empty() : OptionalLong.of(seqs.get(0));
    }

    long lastSeq(UUID clientId) {
        var seqs = jdbc.queryForList("SELECT last_seq FROM sync_client WHERE client_id = ?", Long.class, clientId);
        return seqs.isEmpty() ? 0 : seqs.get(0);
    }

    /** Registers a new desk at its first command; false if another request registered it first. */
    boolean register(UUID clientId, Instant now) {
        return jdbc.update("""
                INSERT INTO sync_client (client_id, last_seq, created_at, updated_at) VALUES (?, 0, ?, ?)
                ON CONFLICT (client_id) DO NOTHING""", clientId, Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    Optional<CommandResult> answerTo(UUID clientId, UUID commandId) {
        return jdbc.query("SELECT * FROM sync_command WHERE client_id = ? AND command_id = ?",
                (rows, i) -> result(rows), clientId, commandId).stream().findFirst();
    }

    Optional<CommandResult> answerTo(UUID clientId, long seq) {
        return jdbc.query("SELECT * FROM sync_command WHERE client_id = ? AND seq = ?",
                (rows, i) -> result(rows), clientId, seq).stream().findFirst();
    }

    /** Stores the answer and moves the client's last seq to it, in the transaction that applied the command. */
    void answered(UUID clientId, SyncCommand command, CommandResult result, Instant now) {
        jdbc.update("""
                INSERT INTO sync_command (client_id, command_id, seq, type, reservation_id, outcome, message, snapshot,
                    applied_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", clientId, command.commandId(), command.seq(),
                command.type().name(), command.reservationId(), result.outcome().name(), result.message(),
                result.reservation() == null ? null : json.writeValueAsString(result.reservation()),
                Timestamp.from(now));
        jdbc.update("UPDATE sync_client SET last_seq = ?, updated_at = ? WHERE client_id = ?", command.seq(),
                Timestamp.from(now), clientId);
    }

    private CommandResult result(java.sql.ResultSet rows) throws java.sql.SQLException {
        String snapshot = rows.getString("snapshot");
        return new CommandResult(rows.getObject("command_id", UUID.class), rows.getLong("seq"),
                CommandOutcome.valueOf(rows.getString("outcome")),
                snapshot == null ? null : json.readValue(snapshot, ReservationSnapshot.class),
                rows.getString("message"));
    }
}
