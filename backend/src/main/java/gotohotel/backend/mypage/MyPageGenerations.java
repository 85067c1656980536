package gotohotel.backend.mypage;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which generation of my page is live, and the lock that makes switching it safe. Every transaction that
 * projects events into the live generation holds a shared PostgreSQL advisory lock; the switch takes it
 * exclusively, so it waits for projections in flight and those after it see the new generation. (Advisory
 * locks queue fairly: a waiting switch is not starved by a stream of shared holders, unlike a row lock.)
 */
@Component
class MyPageGenerations {

    /** The advisory lock key of the live generation ("mypage" in ASCII). */
    static final long LOCK = 0x6d7970616765L;

    private static final Logger log = LoggerFactory.getLogger(MyPageGenerations.class);

    private final JdbcTemplate jdbc;

    MyPageGenerations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The live generation, for reading. */
    long live() {
        return jdbc.queryForObject("SELECT live FROM mypage_generation WHERE id = 1", Long.class);
    }

    /** The live generation, held until the caller's transaction ends: no switch happens meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    long liveForProjection() {
        jdbc.query("SELECT pg_advisory_xact_lock_shared(?)", rs -> null, LOCK);
        return live();
    }

    /** Waits until no projection into the live generation is in flight and keeps others out until commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockForSwitch() {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, LOCK);
    }

    /** Makes {@code generation} live and retires the one it replaces (call after {@link #lockForSwitch}). */
    @Transactional(propagation = Propagation.MANDATORY)
    void switchTo(long generation) {
        long replaced = live();
        jdbc.update("UPDATE mypage_generation SET live = ? WHERE id = 1", generation);
        retire(replaced);
    }

    /** Marks a generation for deletion by {@link #deleteRetired}. */
    void retire(long generation) {
        jdbc.update("INSERT INTO mypage_retired_generation (generation) VALUES (?) ON CONFLICT DO NOTHING",
                generation);
    }

    /**
     * Deletes every retired generation's pages and processed-event records, {@code batch} rows per
     * statement, each statement its own transaction (the pages' history and messages go with them).
     */
    void deleteRetired(int batch) {
        List<Long> retired = jdbc.queryForList("SELECT generation FROM mypage_retired_generation", Long.class);
        for (long generation : retired) {
            int pages = 0;
            int deleted;
            do {
                deleted = jdbc.update("DELETE FROM mypage WHERE generation = ? AND order_id IN "
                        + "(SELECT order_id FROM mypage WHERE generation = ? LIMIT ?)", generation, generation, batch);
                pages += deleted;
            } while (deleted > 0);
            String consumer = MyPageProjection.consumerOf(generation);
            do {
                deleted = jdbc.update("DELETE FROM processed_event WHERE consumer = ? AND event_id IN "
                        + "(SELECT event_id FROM processed_event WHERE consumer = ? LIMIT ?)", consumer, consumer, batch);
            } while (deleted > 0);
            jdbc.update("DELETE FROM mypage_retired_generation WHERE generation = ?", generation);
            log.info("Deleted my page generation {} ({} pages)", generation, pages);
        }
    }
}
