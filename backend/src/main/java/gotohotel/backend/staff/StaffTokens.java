package gotohotel.backend.staff;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Random bearer tokens; only their SHA-256 is stored, with the time they expire. */
@Component
class StaffTokens {

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;

    StaffTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String issue(String username, Instant expiresAt) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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

    void purgeExpired(Instant now) {
        jdbc.update("DELETE FROM staff_token WHERE expires_at <= ?", Timestamp.from(now));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
