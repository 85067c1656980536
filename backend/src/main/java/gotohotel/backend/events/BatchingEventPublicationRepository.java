package gotohotel.backend.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's JDBC publication repository with its per-event bookkeeping batched (decision record 25):
 * the publications of one transaction are inserted as one JDBC batch at its commit ({@link PublicationInserts}),
 * completions are deleted in batches ({@link PublicationCompletions}), and the "processing" mark is not written
 * when it changes nothing (staleness of published and processing publications is the same). Everything else is
 * Modulith's own repository.
 */
final class BatchingEventPublicationRepository implements EventPublicationRepository {

    private final EventPublicationRepository delegate;
    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;
    private final DataSource dataSource;
    private final PublicationCompletions completions;
    private final boolean markProcessing;

    BatchingEventPublicationRepository(EventPublicationRepository delegate, JdbcTemplate jdbc,
                                       EventSerializer serializer, PublicationCompletions completions,
                                       boolean markProcessing) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.dataSource = jdbc.getDataSource();
        this.completions = completions;
        this.markProcessing = markProcessing;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        var inserts = PublicationInserts.current(jdbc, serializer, dataSource);
        if (inserts == null || !inserts.add(publication)) {
            return delegate.create(publication);
        }
        return publication;
    }

    @Override
    public void markProcessing(UUID identifier) {
        if (markProcessing) {
            delegate.markProcessing(identifier);
        }
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        delegate.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        completions.complete(identifier);
    }

    /** A publication whose completion is buffered was delivered: neither the staleness monitor nor a failure marks it. */
    @Override
    public void markFailed(UUID identifier) {
        if (!completions.isBuffered(identifier)) {
            delegate.markFailed(identifier);
        }
    }

    /** A publication whose completion is buffered was delivered: it is not sent again. */
    @Override
    public boolean markResubmitted(UUID identifier, Instant instant) {
        return !completions.isBuffered(identifier) && delegate.markResubmitted(identifier, instant);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return delegate.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return delegate.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return delegate.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        delegate.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        delegate.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        delegate.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return delegate.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return delegate.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return delegate.countByStatus(status);
    }
}
