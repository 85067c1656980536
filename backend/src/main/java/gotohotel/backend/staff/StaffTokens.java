package gotohotel.backend.staff;

import gotohotel.backend.security.RandomSecrets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Random bearer tokens; only their SHA-256 is stored, with the time they expire. */
@Component
class StaffTokens {

    private final RandomSecrets secrets = new RandomSecrets();
    private final JdbcTemplate jdbc;

    StaffTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String issue(String username, Instant expiresAt) {
        String token = secrets.next();
        jdbc.update("INSERT INTO staff_token (token_hash, username, expires_at) VALUES (?, ?, ?)", hash(token),
                username, Timestamp.from(expiresAt));
        return token;
    }

    /** The username the token belongs to, if it exists and has not expired. */
    Optional<String> owner(String token, Instant now) {
        return jdbc.query("SELECT username FROM staff_token WHERE token_hash = ? AND expires_at > ?",
                (rs, row) -> rs.getString(1), hash(token), Timestamp.from(now)).stream().findFirst();
    }

    void revoke(String token) {
        jdbc.update("DELETE FROM staff_token WHERE token_hash = ?", hash(token));
    }

    /** Ends every session of the account (disabled, or its password set by a manager). */
    void revokeAll(String username) {
        jdbc.update("DELETE FROM staff_token WHERE username = ?", username);
    }

    /** Ends the account's other sessions (its owner changed the password here). */
    void revokeAllBut(String username, String kept) {
        jdbc.update("DELETE FROM staff_token WHERE username = ? AND token_hash <> ?", username, hash(kept));
    }

    void purgeExpired(Instant now) {
        jdbc.update("DELETE FROM staff_token WHERE expires_at <= ?", Timestamp.from(now));
    }

    private static String hash(String token) {
        return RandomSecrets.hash(token);
    }
}
