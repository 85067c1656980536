package gotohotel.backend.staff;

import gotohotel.backend.domain.NotAuthenticatedException;
import gotohotel.backend.security.RandomSecrets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a context that admits staff requests itself, many at a time: the desks' waiting requests for changes are
 * admitted by the feed's reader, on the feed's own connections (decision 40), not by the {@link StaffGuard} on a
 * guest's connection. The same rule as the guard: a token that exists, has not expired and whose account is enabled.
 */
@Service
public class StaffSessions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaffSessions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The refusal of a staff request without a valid token, the {@link StaffGuard}'s and the self-admitted ones'. */
    public static NotAuthenticatedException loginRequired() {
        return new NotAuthenticatedException("unauthenticated", "Staff login required",
                "A valid staff bearer token is required.");
    }

    /** Which of these bearer tokens belong to a session of an enabled account now: one read for all of them. */
    @Transactional(readOnly = true)
    public Set<String> signedIn(Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return Set.of();
        }
        Map<String, String> byHash = tokens.stream().distinct()
                .collect(Collectors.toMap(RandomSecrets::hash, Function.identity(), (one, same) -> one, HashMap::new));
        var arguments = new Object[byHash.size() + 1];
        int i = 0;
        for (String hash : byHash.keySet()) {
            arguments[i++] = hash;
        }
        arguments[i] = Timestamp.from(clock.instant());
        String placeholders = String.join(", ", Collections.nCopies(byHash.size(), "?"));
        var found = jdbc.queryForList("SELECT t.token_hash FROM staff_token t"
                + " JOIN staff_account a ON a.username = t.username"
                + " WHERE t.token_hash IN (" + placeholders + ") AND t.expires_at > ? AND a.enabled", String.class,
                arguments);
        return found.stream().map(byHash::get).collect(Collectors.toUnmodifiableSet());
    }
}
