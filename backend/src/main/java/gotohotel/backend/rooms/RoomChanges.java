package gotohotel.backend.rooms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives the rooms a transaction changed their new places in the desks' changes feed, exactly as reservations get
 * theirs (decision 7): positions come from the feed's one counter row ({@code reservation_change_counter}), taken
 * just before the transaction commits, after every room row it writes, and held until it commits — so positions
 * become visible in order, whatever kind of entry holds them. A notification wakes the waiting desks on commit.
 */
@Component
class RoomChanges {

    private static final Object PENDING = new Object();

    private final JdbcTemplate jdbc;

    RoomChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes a changed (and written) room; its position is stamped before commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID room) {
        @SuppressWarnings("unchecked")
        var pending = (Set<UUID>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            var collected = new LinkedHashSet<UUID>();
            TransactionSynchronizationManager.bindResource(PENDING, collected);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    stamp(collected);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = collected;
        }
        pending.add(room);
    }

    private void stamp(Set<UUID> rooms) {
        Long last = jdbc.queryForObject("""
                UPDATE reservation_change_counter SET last_position = last_position + ? WHERE id = 1
                RETURNING last_position""", Long.class, rooms.size());
        long position = last - rooms.size();
        var stamps = new ArrayList<Object[]>(rooms.size());
        for (UUID id : rooms) {
            stamps.add(new Object[] {++position, id});
        }
        jdbc.batchUpdate("UPDATE room SET change_position = ? WHERE id = ?", stamps);
        jdbc.queryForList("SELECT pg_notify(?, '')", RoomFeed.COMMIT_CHANNEL);
    }
}
