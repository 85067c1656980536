package gotohotel.backend.sync;

import gotohotel.shared.sync.ChangesPage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers the waiting changes requests in rounds, on one {@link FeedReaderThread}: a round reads the feed once
 * per cursor and page size that requests wait at (in practice one read: desks that follow the feed wait at its
 * end) and gives each request that page. A request that waits and finds nothing new stays for the next round,
 * which a committed change (or a new request) starts. Rounds are paced so that waiting desks get at most
 * {@code answersPerSecond} answers a second together, spread evenly: many desks get changes in fewer, larger pages;
 * and at most {@code writing} answers are being written at once, whatever the desks' links.
 */
@Component
class FeedRounds {

    private static final Logger log = LoggerFactory.getLogger(FeedRounds.class);
    private static final int SLICES_PER_SECOND = 20;

    private final ChangesFeed feed;
    private final Admissions admissions;
    private final PageJson pages;
    private final WaitingRequests waiting;
    private final Counter reads;
    private final long nanosPerAnswer;
    private final int perSlice;
    private final ScheduledThreadPoolExecutor reader = new ScheduledThreadPoolExecutor(1, FeedReaderThread::new);
    private final AtomicLong commits = new AtomicLong();
    private final AtomicBoolean admissionScheduled = new AtomicBoolean();
    private volatile Ends ends = new Ends(-1, Set.of());
    private boolean scheduled;   // guarded by this
    private boolean stopped;     // guarded by this
    private final Set<PendingRead> beingWritten = ConcurrentHashMap.newKeySet();
    private final int writing;
    private final Queue<Due> unanswered = new ArrayDeque<>();   // reader thread only
    private long nextRoundAt = System.nanoTime();   // reader thread only
    private long nextSliceAt = System.nanoTime();   // reader thread only
    private boolean sliceScheduled;                 // reader thread only
    private boolean roundAfterAnswers;              // reader thread only

    private record Due(PendingRead request, PageJson.Page page) {
    }

    /** Where the feed ended (nothing after these cursors) as of the given count of commits seen. */
    private record Ends(long commits, Set<String> cursors) {
    }

    FeedRounds(ChangesFeed feed, Admissions admissions, PageJson pages, WaitingRequests waiting,
               SyncProperties properties, MeterRegistry meters) {
        this.feed = feed;
        this.admissions = admissions;
        this.pages = pages;
        this.waiting = waiting;
        int answersPerSecond = Math.max(1, properties.waiting().answersPerSecond());
        this.nanosPerAnswer = TimeUnit.SECONDS.toNanos(1) / answersPerSecond;
        this.perSlice = Math.max(1, answersPerSecond / SLICES_PER_SECOND);
        this.writing = Math.max(1, properties.waiting().writing());
        reader.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.reads = Counter.builder("gotohotel.sync.feed.reads")
                .description("Reads of the changes feed for waiting requests (one per cursor and page size a round)")
                .register(meters);
    }

    /** A change committed (or commits may have been missed): requests at the feed's end may have news. */
    void commitSeen() {
        commits.incrementAndGet();
        requestRound();
    }

    /**
     * A request was registered with {@link WaitingRequests}: the reader admits it (with whatever else arrived by
     * then, see {@link Admissions}) and answers it in a round.
     */
    void arrived(PendingRead read, String token) {
        admissions.add(read, token);
        if (admissionScheduled.compareAndSet(false, true)) {
            try {
                reader.execute(this::admit);
            } catch (RejectedExecutionException stopping) {
                // shutting down: stop() answers every request left
            }
        }
    }

    private void admit() {
        admissionScheduled.set(false);   // before reading the arrivals: one added from now on schedules another
        for (var read : admissions.admitArrived()) {
            admitted(read);
        }
    }

    /**
     * An admitted request needs no round when it waits at the cursor where the last round found the feed's end and no
     * commit was seen since: the next commit starts a round that sees it.
     */
    private void admitted(PendingRead read) {
        var known = ends;
        if (!read.waits() || known.commits() != commits.get() || !known.cursors().contains(read.cursor().toString())) {
            requestRound();
        }
    }

    private synchronized void requestRound() {
        if (!scheduled && !stopped) {
            scheduled = true;
            reader.execute(this::round);
        }
    }

    private void round() {
        long early = nextRoundAt - System.nanoTime();
        synchronized (this) {
            if (stopped) {
                return;
            }
        }
        if (early > 0) {
            reader.schedule(this::round, early, TimeUnit.NANOSECONDS);
            return;
        }
        if (!unanswered.isEmpty()) {   // the last round's answers are still being written: this round follows them
            roundAfterAnswers = true;
            return;
        }
        synchronized (this) {
            scheduled = false;
        }
        long seen = commits.get();
        var groups = waiting.all().stream().filter(PendingRead::admitted)
                .collect(Collectors.groupingBy(PendingRead::group, LinkedHashMap::new, Collectors.toList()));
        var endsAt = new HashSet<String>();
        for (var group : groups.entrySet()) {
            read(group.getKey(), group.getValue(), endsAt);
        }
        ends = new Ends(seen, Set.copyOf(endsAt));
        nextRoundAt = System.nanoTime() + unanswered.size() * nanosPerAnswer;
        nextSliceAt = System.nanoTime();
        deliver();
    }

    /** One read for the requests of a group; what to answer goes to {@link #unanswered}. */
    private void read(PendingRead.Group group, List<PendingRead> requests, Set<String> endsAt) {
        ChangesPage page;
        try {
            page = feed.after(group.cursor(), group.limit());
            reads.increment();
        } catch (RuntimeException e) {
            log.warn("Could not read the changes feed for {} waiting requests: {}", requests.size(), e.toString());
            requests.forEach(request -> {
                if (waiting.remove(request)) {
                    request.result().setErrorResult(e);
                }
            });
            return;
        }
        boolean nothingNew = page.changes().isEmpty() && page.rooms().isEmpty();
        if (nothingNew) {
            endsAt.add(group.cursor().toString());
        } else if (!page.hasMore() && !group.cursor().snapshot()) {
            // (a first download's last page is not the end: older stays it skipped follow its cursor)
            endsAt.add(page.nextCursor());
        }
        PageJson.Page answer = null;
        for (var request : requests) {
            if (!(nothingNew && request.waits())) {
                answer = answer == null ? pages.of(page) : answer;
                unanswered.add(new Due(request, answer));
            }
        }
    }

    /**
     * Answers the round's requests in slices spread over its pace, so that a thousand desks do not all come back
     * (and take web server threads for their next requests) in the same instant, and with at most {@code writing} answers
     * being written at once: a desk that reads slowly holds a web server thread while its page is written, and the
     * guests must always find one. Runs on the reader thread; {@link #written} brings it back when a write ends.
     */
    private void deliver() {
        long now = System.nanoTime();
        if (now < nextSliceAt) {
            if (!sliceScheduled) {
                sliceScheduled = true;
                reader.schedule(() -> {
                    sliceScheduled = false;
                    deliver();
                }, nextSliceAt - now, TimeUnit.NANOSECONDS);
            }
            return;
        }
        int sent = 0;
        while (sent < perSlice && !unanswered.isEmpty() && beingWritten.size() < writing) {
            var answer = unanswered.poll();
            if (waiting.remove(answer.request())) {
                // counted before the answer is set: its completion (which uncounts it) may come at once
                beingWritten.add(answer.request());
                if (answer.request().answer(answer.page())) {
                    sent++;
                } else {   // answered meanwhile (its wait ran out) or gone: its completion may have come already
                    beingWritten.remove(answer.request());
                }
            }
        }
        if (sent > 0) {
            nextSliceAt = now + sent * nanosPerAnswer;
        }
        if (!unanswered.isEmpty()) {
            if (beingWritten.size() < writing) {
                deliver();   // schedules the next slice
            }
        } else if (roundAfterAnswers) {
            roundAfterAnswers = false;
            nextRoundAt = Math.max(nextRoundAt, nextSliceAt);
            reader.execute(this::round);
        }
    }

    /** A request's answer was written (or it ended otherwise): the next answers may go. */
    void written(PendingRead read) {
        if (beingWritten.remove(read)) {
            try {
                reader.execute(this::deliver);
            } catch (RejectedExecutionException stopping) {
                // shutting down: stop() answers what is left
            }
        }
    }

    /** Stops the rounds and answers every request now, so shutdown does not wait for long polls. */
    void stop() {
        synchronized (this) {
            stopped = true;
        }
        reader.shutdown();
        try {
            reader.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (var request : waiting.all()) {
            if (waiting.remove(request)) {
                if (request.waits() && request.admitted()) {
                    request.answer(pages.of(request.nothingNew()));
                } else {
                    request.result().setErrorResult(
                            waiting.busy("The server is shutting down; ask again in a moment."));
                }
            }
        }
    }
}
