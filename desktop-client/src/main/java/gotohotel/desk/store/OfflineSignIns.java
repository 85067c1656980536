package gotohotel.desk.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong passwords typed on this desk while the server was unreachable, per person: the first
 * {@value #ALLOWED} are free, then each wrong guess makes the next wait longer (30 s, doubled, at most 15 min),
 * across restarts of the desk. A right password or an online sign-in clears them.
 */
final class OfflineSignIns {

    static final int ALLOWED = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private OfflineSignIns() {
    }

    /** How long this person must wait before the desk checks another offline guess (zero: now). */
    static Duration wait(Sqlite db, String username, Instant now) throws SQLException {
        var row = db.single("SELECT failures, last_failure_at FROM offline_sign_in_failure WHERE username = ?",
                rows -> new Object[] {rows.getInt(1), Instant.parse(rows.getString(2))}, username);
        if (row.isEmpty() || (int) row.get()[0] < ALLOWED) {
            return Duration.ZERO;
        }
        int beyond = Math.min((int) row.get()[0] - ALLOWED, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << beyond);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, ((Instant) row.get()[1]).plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    static void failed(Sqlite db, String username, Instant now) throws SQLException {
        db.update("""
                INSERT INTO offline_sign_in_failure (username, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (username) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at""",
                username, now.toString());
    }

    static void cleared(Sqlite db, String username) throws SQLException {
        db.update("DELETE FROM offline_sign_in_failure WHERE username = ?", username);
    }
}
