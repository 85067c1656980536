package gotohotel.backend.sync;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The changes feed's epoch, kept in the database (decision 39): every cursor carries it, and a new one is drawn
 * when the feed is found to have gone backwards, so every desk of the old history downloads everything again.
 * Read on every changes request, never cached: another instance on the same database may have drawn a new one.
 */
@Component
class FeedEpoch {

    private static final Logger log = LoggerFactory.getLogger(FeedEpoch.class);

    private final JdbcTemplate jdbc;

    FeedEpoch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID current() {
        return jdbc.queryForObject("SELECT epoch FROM sync_feed_epoch WHERE id = 1", UUID.class);
    }

    /**
     * Draws a new epoch unless another request already replaced {@code seen} (many desks finding the same restore
     * draw one new epoch between them); returns the epoch now in force.
     */
    UUID renewAfter(UUID seen, String why) {
        var drawn = jdbc.query("""
                UPDATE sync_feed_epoch SET epoch = gen_random_uuid(), started_at = now() WHERE id = 1 AND epoch = ?
                RETURNING epoch""", (row, n) -> row.getObject(1, UUID.class), seen);
        if (drawn.isEmpty()) {
            return current();
        }
        log.warn("The changes feed went backwards ({}): a database restored from an older backup? New feed epoch {};"
                + " every desk downloads everything again", why, drawn.get(0));
        return drawn.get(0);
    }
}
