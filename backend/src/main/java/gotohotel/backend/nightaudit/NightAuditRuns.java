package gotohotel.backend.nightaudit;

import gotohotel.shared.api.NightAuditRunView;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs' table: one row per business date (its primary key is the "once"), claimed by one instance under a lease
 * that each settled booking renews. Claims and finishing are single statements outside any transaction.
 */
@Component
class NightAuditRuns {

    private final JdbcTemplate jdbc;

    NightAuditRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the business date's run for {@code instance}: a new run, or an unfinished one whose lease ran out (its
     * instance crashed or stopped). False when it is finished or another instance holds it.
     */
    boolean claim(LocalDate businessDate, String instance, Instant now, Duration lease) {
        var until = Timestamp.from(now.plus(lease));
        int created = jdbc.update("""
                INSERT INTO night_audit_run (business_date, started_at, claimed_by, lease_until)
                VALUES (?, ?, ?, ?) ON CONFLICT (business_date) DO NOTHING""",
                Date.valueOf(businessDate), Timestamp.from(now), instance, until);
        return created == 1 || jdbc.update("""
                UPDATE night_audit_run SET claimed_by = ?, lease_until = ?, attempts = attempts + 1
                WHERE business_date = ? AND finished_at IS NULL AND lease_until < ?""",
                instance, until, Date.valueOf(businessDate), Timestamp.from(now)) == 1;
    }

    /**
     * In a booking's transaction, before anything else: renews the lease and locks the run's row until commit, so two
     * instances that both believe they hold the run settle bookings one after the other. False when another instance
     * has taken the run over: stop.
     */
    boolean renew(LocalDate businessDate, String instance, Instant now, Duration lease) {
        return jdbc.update("""
                UPDATE night_audit_run SET lease_until = ?
                WHERE business_date = ? AND claimed_by = ? AND finished_at IS NULL""",
                Timestamp.from(now.plus(lease)), Date.valueOf(businessDate), instance) == 1;
    }

    /** In the booking's transaction: which run marked the order, once (the primary key refuses a second). */
    void noteNoShow(LocalDate businessDate, UUID orderId, String instance, Instant now) {
        jdbc.update("INSERT INTO night_audit_no_show (order_id, business_date, marked_at, marked_by) VALUES (?, ?, ?, ?)",
                orderId, Date.valueOf(businessDate), Timestamp.from(now), instance);
    }

    boolean finish(LocalDate businessDate, String instance, int failures, int dueOuts, Instant now) {
        return jdbc.update("""
                UPDATE night_audit_run SET finished_at = ?, failures = ?, due_outs = ?
                WHERE business_date = ? AND claimed_by = ? AND finished_at IS NULL""",
                Timestamp.from(now), failures, dueOuts, Date.valueOf(businessDate), instance) == 1;
    }

    /** Unfinished runs whose lease ran out: left behind by an instance that crashed or stopped. */
    List<LocalDate> abandoned(Instant now) {
        return jdbc.queryForList("""
                SELECT business_date FROM night_audit_run WHERE finished_at IS NULL AND lease_until < ?
                ORDER BY business_date""", LocalDate.class, Timestamp.from(now));
    }

    /** The latest runs first. */
    List<NightAuditRunView> latest(int limit) {
        return jdbc.query("""
                SELECT r.*, (SELECT COUNT(*) FROM night_audit_no_show n WHERE n.business_date = r.business_date)
                    AS no_shows
                FROM night_audit_run r ORDER BY r.business_date DESC LIMIT ?""", NightAuditRuns::view, limit);
    }

    private static NightAuditRunView view(ResultSet rs, int row) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        var dueOuts = (Number) rs.getObject("due_outs");
        return new NightAuditRunView(rs.getDate("business_date").toLocalDate(), rs.getTimestamp("started_at").toInstant(),
                rs.getString("claimed_by"), rs.getInt("attempts"), rs.getInt("no_shows"), rs.getInt("failures"),
                dueOuts == null ? null : dueOuts.intValue(), finished == null ? null : finished.toInstant());
    }
}
