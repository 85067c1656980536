package gotohotel.backend.sync;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import gotohotel.backend.security.RandomSecrets;
import gotohotel.shared.sync.DeskRegistration;
import gotohotel.shared.sync.DeskView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Desks get their identity from the server (decision 38): any signed-in staff member registers the desk they sit
 * at (at its first sign-in there), the server makes its id and a secret only that desk holds, and keeps the
 * secret's SHA-256. Managers see every desk and revoke one (a stolen laptop): its commands are refused from then on.
 */
@Service
class DeskRegistry {

    private static final Logger log = LoggerFactory.getLogger(DeskRegistry.class);
    static final int MAX_NAME = 64;

    private final JdbcTemplate jdbc;
    private final RandomSecrets secrets = new RandomSecrets();
    private final Clock clock;

    DeskRegistry(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    DeskRegistration register(String name, String by) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(List.of(new Violation("name",
                    "is required (at most " + MAX_NAME + " characters)")));
        }
        var deskId = UUID.randomUUID();
        String secret = secrets.next();
        var now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO sync_client (client_id, last_seq, created_at, updated_at, name, secret_hash, registered_by)
                VALUES (?, 0, ?, ?, ?, ?, ?)""", deskId, now, now, name.strip(), RandomSecrets.hash(secret), by);
        log.info("{} registered the desk '{}' as {}", by, name.strip(), deskId);
        return new DeskRegistration(deskId, name.strip(), secret);
    }

    @Transactional(readOnly = true)
    List<DeskView> all() {
        return jdbc.query("""
                SELECT client_id, name, registered_by, created_at, updated_at, revoked_at, revoked_by FROM sync_client
                WHERE secret_hash IS NOT NULL ORDER BY created_at""", DeskRegistry::view);
    }

    /** Revokes the desk (again: nothing changes); empty for no such registered desk. */
    @Transactional
    Optional<DeskView> revoke(UUID deskId, String by) {
        int revoked = jdbc.update("""
                UPDATE sync_client SET revoked_at = ?, revoked_by = ?
                WHERE client_id = ? AND secret_hash IS NOT NULL AND revoked_at IS NULL""",
                Timestamp.from(clock.instant()), by, deskId);
        if (revoked == 1) {
            log.info("{} revoked the desk {}", by, deskId);
        }
        return jdbc.query("""
                SELECT client_id, name, registered_by, created_at, updated_at, revoked_at, revoked_by FROM sync_client
                WHERE client_id = ? AND secret_hash IS NOT NULL""", DeskRegistry::view, deskId).stream().findFirst();
    }

    private static DeskView view(ResultSet rows, int n) throws SQLException {
        return new DeskView(rows.getObject("client_id", UUID.class), rows.getString("name"),
                rows.getString("registered_by"), instant(rows.getTimestamp("created_at")),
                instant(rows.getTimestamp("updated_at")), instant(rows.getTimestamp("revoked_at")),
                rows.getString("revoked_by"));
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
