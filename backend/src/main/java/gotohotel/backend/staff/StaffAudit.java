package gotohotel.backend.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The trail of what was done to each account, by whom and when (never a password). */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class StaffAudit {

    enum Action {
        CREATED, RENAMED, ROLE_CHANGED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED
    }

    private final JdbcTemplate jdbc;

    StaffAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String username, Action action, String by, Instant at) {
        jdbc.update("INSERT INTO staff_account_audit (username, action, by_username, at) VALUES (?, ?, ?, ?)",
                username, action.name(), by, Timestamp.from(at));
    }

    /**
     * Whether the account was not disabled at that time: its last ENABLED or DISABLED at or before it is not a
     * DISABLED. A time before the account was made counts as enabled: a desk's clock may run behind the server's,
     * and a new person's first decision must not be lost for it.
     */
    boolean enabledAt(String username, Instant at) {
        Optional<String> last = jdbc.query("""
                SELECT action FROM staff_account_audit
                WHERE username = ? AND at <= ? AND action IN ('ENABLED', 'DISABLED')
                ORDER BY at DESC, id DESC LIMIT 1""", (rows, n) -> rows.getString(1), username, Timestamp.from(at))
                .stream().findFirst();
        return last.isEmpty() || !last.get().equals(Action.DISABLED.name());
    }
}
