package gotohotel.backend.mypage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every rebuild ({@code mypage_rebuild}), shared by all instances: at most one runs (a partial
 * unique index), and each step is a conditional update, so a rebuild another instance took over stops.
 */
@Component
class MyPageRebuilds {

    /** Another rebuild is running. */
    static class AlreadyRunningException extends RuntimeException {

        private final transient Rebuild running;

        AlreadyRunningException(Rebuild running) {
            super("My page rebuild " + running.rebuildId() + " is running");
            this.running = running;
        }

        Rebuild running() {
            return running;
        }
    }

    private static final String COLUMNS = "id, generation, status, records_total, records_read, started_at, "
            + "updated_at, finished_at, failure";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MyPageGenerations generations;
    private final Clock clock;

    MyPageRebuilds(JdbcTemplate jdbc, TransactionTemplate transactions, MyPageGenerations generations, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.generations = generations;
        this.clock = clock;
    }

    /**
     * Records a new running rebuild of the next generation, unless one is running; one that made no progress
     * for {@code staleAfter} is abandoned and its generation retired.
     */
    Rebuild start(Duration staleAfter) {
        try {
            return transactions.execute(status -> {
                var now = clock.instant();
                var running = jdbc.query("SELECT " + COLUMNS + " FROM mypage_rebuild WHERE status IN "
                        + "('RUNNING', 'SWITCHING') FOR UPDATE", MyPageRebuilds::rebuild).stream().findFirst();
                if (running.isPresent()) {
                    if (running.get().updatedAt().isAfter(now.minus(staleAfter))) {
                        throw new AlreadyRunningException(running.get());
                    }
                    end(running.get(), Rebuild.Status.ABANDONED, "no progress since " + running.get().updatedAt());
                }
                long generation = Math.max(generations.live(), jdbc.queryForObject(
                        "SELECT COALESCE(MAX(generation), 0) FROM mypage_rebuild", Long.class)) + 1;
                var rebuild = new Rebuild(UUID.randomUUID(), generation, Rebuild.Status.RUNNING, 0, 0, now, now,
                        null, null);
                jdbc.update("INSERT INTO mypage_rebuild (" + COLUMNS + ") VALUES (?, ?, ?, 0, 0, ?, ?, NULL, NULL)",
                        rebuild.rebuildId(), generation, rebuild.status().name(), Timestamp.from(now),
                        Timestamp.from(now));
                return rebuild;
            });
        } catch (DuplicateKeyException racingStart) {
            throw new AlreadyRunningException(latest().orElseThrow());
        }
    }

    /** Records how far the rebuild read; false when it no longer runs (taken over). */
    boolean progress(Rebuild rebuild, long total, long read) {
        return jdbc.update("UPDATE mypage_rebuild SET records_total = ?, records_read = ?, updated_at = ? "
                        + "WHERE id = ? AND status IN ('RUNNING', 'SWITCHING')", total, read,
                Timestamp.from(clock.instant()), rebuild.rebuildId()) == 1;
    }

    /** Records that the rebuild caught up and is switching; false when it no longer runs. */
    boolean switching(Rebuild rebuild) {
        return jdbc.update("UPDATE mypage_rebuild SET status = 'SWITCHING', updated_at = ? "
                + "WHERE id = ? AND status = 'RUNNING'", Timestamp.from(clock.instant()), rebuild.rebuildId()) == 1;
    }

    /** Records the switch (inside its transaction); false when the rebuild was taken over meanwhile. */
    boolean completed(Rebuild rebuild) {
        var now = Timestamp.from(clock.instant());
        return jdbc.update("UPDATE mypage_rebuild SET status = 'COMPLETED', updated_at = ?, finished_at = ? "
                + "WHERE id = ? AND status = 'SWITCHING'", now, now, rebuild.rebuildId()) == 1;
    }

    /** Records the failure and retires the generation the rebuild was building (never one that went live). */
    void failed(Rebuild rebuild, String reason) {
        transactions.executeWithoutResult(status -> end(rebuild, Rebuild.Status.FAILED, reason));
    }

    Optional<Rebuild> latest() {
        return jdbc.query("SELECT " + COLUMNS + " FROM mypage_rebuild ORDER BY started_at DESC LIMIT 1",
                MyPageRebuilds::rebuild).stream().findFirst();
    }

    private void end(Rebuild rebuild, Rebuild.Status outcome, String reason) {
        var now = Timestamp.from(clock.instant());
        int ended = jdbc.update("UPDATE mypage_rebuild SET status = ?, failure = ?, updated_at = ?, finished_at = ? "
                        + "WHERE id = ? AND status IN ('RUNNING', 'SWITCHING')", outcome.name(), cut(reason), now, now,
                rebuild.rebuildId());
        if (ended == 1) {
            generations.retire(rebuild.generation());
        }
    }

    private static String cut(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    private static Rebuild rebuild(ResultSet rs, int row) throws SQLException {
        return new Rebuild(rs.getObject("id", UUID.class), rs.getLong("generation"),
                Rebuild.Status.valueOf(rs.getString("status")), rs.getLong("records_total"),
                rs.getLong("records_read"), instant(rs, "started_at"), instant(rs, "updated_at"),
                instant(rs, "finished_at"), rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
