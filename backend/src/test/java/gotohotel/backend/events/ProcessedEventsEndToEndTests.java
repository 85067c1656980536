package gotohotel.backend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gotohotel.backend.support.EndToEndTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Duplicate detection is one insert that skips the events a consumer recorded before, also while they commit. */
class ProcessedEventsEndToEndTests extends EndToEndTest {

    @Autowired
    private ProcessedEvents processed;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void returnsOnlyTheEventsNotRecordedBeforeAndRecordsThemOnce() {
        UUID seen = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        transactions.executeWithoutResult(status -> processed.firstTimes("probe", List.of(seen)));

        Set<UUID> first = transactions.execute(status -> processed.firstTimes("probe", List.of(seen, fresh, fresh)));

        assertThat(first).containsExactly(fresh);
        Boolean otherConsumer = transactions.execute(status -> processed.firstTime("other-consumer", seen));
        assertThat(otherConsumer).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processed_event WHERE event_id IN (?, ?)", Long.class,
                seen, fresh)).isEqualTo(3);
    }

    @Test
    void aDuplicateRacingAnUncommittedFirstRecordIsSkippedOnceTheFirstCommits() throws Exception {
        UUID event = UUID.randomUUID();
        var recorded = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            var ids = processed.firstTimes("racing", List.of(event));
            recorded.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> commit.getCount() == 0);
            return ids;
        }));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

        var second = CompletableFuture.supplyAsync(() -> transactions.execute(
                status -> processed.firstTimes("racing", List.of(event))));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%processed_event%'",
                Long.class) > 0);
        commit.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).containsExactly(event);
        assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();   // before: a duplicate key error rolled it back
    }
}
