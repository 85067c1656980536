package gotohotel.backend.events;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The publications one transaction registers, written as one JDBC batch just before that transaction commits
 * (in it, on its connection) instead of one INSERT each as they are published. A rollback writes none; a failed
 * batch fails the commit. A publication registered after the batch was written (during another commit
 * callback) is inserted on its own, still inside the transaction.
 */
final class PublicationInserts implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(PublicationInserts.class);

    private static final String INSERT = "INSERT INTO event_publication (id, event_type, listener_id, "
            + "publication_date, serialized_event, status, completion_attempts, last_resubmission_date) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;
    private final Key key;
    private final List<TargetEventPublication> pending = new ArrayList<>();
    private boolean written;

    private PublicationInserts(JdbcTemplate jdbc, EventSerializer serializer, Key key) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.key = key;
    }

    /**
     * The inserts pending in the current transaction (created and bound to it on first use), or {@code null}
     * when no transaction with a JDBC connection and synchronisation is active: the caller inserts at once.
     */
    static PublicationInserts current(JdbcTemplate jdbc, EventSerializer serializer, DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Object connection = TransactionSynchronizationManager.getResource(dataSource);
        if (connection == null) {
            return null;
        }
        // Keyed by the transaction's own connection holder: a transaction suspended for a REQUIRES_NEW one keeps
        // its pending inserts apart from the inner transaction's.
        var key = new Key(connection);
        var inserts = (PublicationInserts) TransactionSynchronizationManager.getResource(key);
        if (inserts == null) {
            inserts = new PublicationInserts(jdbc, serializer, key);
            TransactionSynchronizationManager.bindResource(key, inserts);
            TransactionSynchronizationManager.registerSynchronization(inserts);
        }
        return inserts;
    }

    /** Queues the publication for the batch; false if the batch was already written (insert it yourself). */
    boolean add(TargetEventPublication publication) {
        if (written) {
            return false;
        }
        pending.add(publication);
        return true;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        written = true;
        if (pending.isEmpty()) {
            return;
        }
        var rows = new ArrayList<Object[]>(pending.size());
        for (TargetEventPublication publication : pending) {
            var date = Timestamp.from(publication.getPublicationDate());
            rows.add(new Object[] {publication.getIdentifier(), publication.getEvent().getClass().getName(),
                    publication.getTargetIdentifier().getValue(), date,
                    serializer.serialize(publication.getEvent()).toString(), publication.getStatus().name(), 1,
                    date});
        }
        jdbc.batchUpdate(INSERT, rows);
        pending.clear();
    }

    @Override
    public void afterCompletion(int status) {
        if (status == STATUS_COMMITTED && !pending.isEmpty()) {
            // Only an event first published from another synchronization's beforeCommit gets here (registered too
            // late for this one's): no code of ours does so; say it loudly rather than lose it quietly.
            log.error("{} event publication(s) raised while the transaction was committing were not recorded: "
                    + "publish events before commit", pending.size());
        }
        pending.clear();
        if (TransactionSynchronizationManager.hasResource(key)) {
            TransactionSynchronizationManager.unbindResource(key);
        }
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    /** Identity of one transaction's connection holder. */
    private record Key(Object connectionHolder) {
    }
}
