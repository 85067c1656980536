package gotohotel.backend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publication registry's batched bookkeeping (decision record 25) keeps Modulith's guarantee: a transaction's
 * publications are written with it or not at all, and a sent publication whose completion is only buffered is
 * never marked failed or resent — unless the buffer died with the process, and then it is sent again.
 */
class RegistryBatchingEndToEndTests extends EndToEndTest {

    private static final PublicationTargetIdentifier PROBE_LISTENER = PublicationTargetIdentifier.of("registry-probe");

    /** An event no listener handles: these tests drive the repository directly. */
    record Probe(UUID id) {
    }

    @Autowired
    private EventPublicationRepository registryRepository;
    @Autowired
    @Qualifier("jdbcEventPublicationRepository")
    private EventPublicationRepository modulith;
    @Autowired
    private EventSerializer serializer;
    @Autowired
    private TransactionTemplate transactions;

    @AfterEach
    void removeProbes() {
        jdbc.update("DELETE FROM event_publication WHERE listener_id = ?", PROBE_LISTENER.getValue());
    }

    @Test
    void theRegistryUsesTheBatchingRepository() {
        assertThat(registryRepository).isInstanceOf(BatchingEventPublicationRepository.class);
    }

    @Test
    void aTransactionsPublicationsAreInsertedTogetherAtItsCommit() {
        var publications = List.of(probe(), probe(), probe());
        Long rowsBeforeCommit = transactions.execute(status -> {
            publications.forEach(registryRepository::create);
            return rows(publications);
        });
        assertThat(rowsBeforeCommit).as("inserted one by one while the transaction ran").isZero();
        assertThat(rows(publications)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT status FROM event_publication WHERE id = ?", String.class,
                publications.get(0).getIdentifier())).isEqualTo("PUBLISHED");
    }

    @Test
    void aRolledBackTransactionLeavesNoPublication() {
        var publications = List.of(probe(), probe());
        transactions.executeWithoutResult(status -> {
            publications.forEach(registryRepository::create);
            status.setRollbackOnly();
        });
        assertThat(rows(publications)).isZero();
    }

    @Test
    void aBufferedCompletionIsNeitherFailedNorResentAndDeletesTheRowWhenWritten() {
        var publication = committed();
        var completions = new PublicationCompletions(modulith::deletePublications,
                new RegistryProperties(Duration.ofHours(1), 500));
        var repository = new BatchingEventPublicationRepository(modulith, jdbc, serializer, completions, false);

        repository.markCompleted(publication.getIdentifier(), Instant.now());
        repository.markFailed(publication.getIdentifier());

        assertThat(status(publication)).isEqualTo("PUBLISHED");
        assertThat(repository.markResubmitted(publication.getIdentifier(), Instant.now())).isFalse();
        completions.flushAll();
        assertThat(rows(List.of(publication))).isZero();
        assertThat(completions.pending()).isZero();
    }

    @Test
    void aCompletionLostWithTheProcessLeavesThePublicationToBeSentAgain() {
        var publication = committed();
        var beforeCrash = new BatchingEventPublicationRepository(modulith, jdbc, serializer,
                new PublicationCompletions(ids -> { }, new RegistryProperties(Duration.ofHours(1), 500)), false);
        beforeCrash.markCompleted(publication.getIdentifier(), Instant.now());

        var afterRestart = new BatchingEventPublicationRepository(modulith, jdbc, serializer,
                new PublicationCompletions(modulith::deletePublications, new RegistryProperties(Duration.ofHours(1),
                        500)), false);
        afterRestart.markFailed(publication.getIdentifier());
        assertThat(status(publication)).isEqualTo("FAILED");
        assertThat(afterRestart.markResubmitted(publication.getIdentifier(), Instant.now())).isTrue();
    }

    @Test
    void theRunningBufferWritesCompletionsWithinItsFlushInterval() {
        var publication = committed();
        registryRepository.markCompleted(publication.getIdentifier(), Instant.now());
        await().atMost(Duration.ofSeconds(5)).until(() -> rows(List.of(publication)) == 0);
    }

    private TargetEventPublication probe() {
        return TargetEventPublication.of(new Probe(UUID.randomUUID()), PROBE_LISTENER, Instant.now());
    }

    private TargetEventPublication committed() {
        var publication = probe();
        transactions.executeWithoutResult(status -> registryRepository.create(publication));
        assertThat(rows(List.of(publication))).isEqualTo(1);
        return publication;
    }

    private long rows(List<TargetEventPublication> publications) {
        return publications.stream().mapToLong(it -> jdbc.queryForObject(
                "SELECT count(*) FROM event_publication WHERE id = ?", Long.class, it.getIdentifier())).sum();
    }

    private String status(TargetEventPublication publication) {
        return jdbc.queryForObject("SELECT status FROM event_publication WHERE id = ?", String.class,
                publication.getIdentifier());
    }
}
