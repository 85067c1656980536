package gotohotel.desk.sync;

import gotohotel.desk.store.DecisionNotQueuedException;
import gotohotel.desk.store.DeskStore;
import gotohotel.shared.api.HousekeepingStatus;
import gotohotel.shared.sync.CommandType;
import gotohotel.shared.sync.SyncCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;

/**
 * The desk's sync engine: decisions are taken locally at once (one store transaction each) and two loops on
 * the given executor keep the desk and the server together — one pushes the queue, one follows the changes
 * feed. Screens read {@link #status()} or listen; nothing here blocks a caller on the network.
 */
public final class SyncEngine implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final DeskStore store;
    private final ServerLink link;
    private final Executor executor;
    private final Clock clock;
    private final StatusBoard board;
    private final LoopPace push;
    private final LoopPace pull;
    private final AtomicBoolean running = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(2);
    private final SyncLoop pushLoop;
    private final SyncLoop pullLoop;

    public SyncEngine(DeskStore store, ServerLink link, StaffSession session, Executor executor, Clock clock,
                      SyncSettings settings, RandomGenerator random) {
        this.store = store;
        this.link = link;
        this.executor = executor;
        this.clock = clock;
        this.board = new StatusBoard(store);
        this.push = new LoopPace(new Backoff(settings.backoffBase(), settings.backoffCap(), random), new Wakeup());
        this.pull = new LoopPace(new Backoff(settings.backoffBase(), settings.backoffCap(), random), new Wakeup());
        var context = new SyncContext(store, link, session, board, settings, clock, push, pull);
        this.pushLoop = new SyncLoop("push", new Pusher(context), running::get, board, push, stopped);
        this.pullLoop = new SyncLoop("pull", new Puller(context), running::get, board, pull, stopped);
        session.onSignIn(() -> {
            push.wake();
            pull.wake();
        });
    }

    public void start() {
        if (running.compareAndSet(false, true)) {
            executor.execute(pushLoop);
            executor.execute(pullLoop);
        }
    }

    /**
     * Takes a decision on the reservation as the desk shows it and queues it for the server.
     *
     * @throws DecisionNotQueuedException when not possible from the status shown
     */
    public SyncCommand decide(UUID reservationId, CommandType type, String staff, String reason) {
        var command = store.decide(reservationId, type, staff, reason, clock.instant());
        board.publish();
        push.wakeup().ring();
        return command;
    }

    /**
     * Gives the reservation a room as the desk shows it (a move from tonight on when in house) and queues it.
     *
     * @throws DecisionNotQueuedException when the desk shows the room taken, out of order or unknown
     */
    public SyncCommand assignRoom(UUID reservationId, String room, String staff, LocalDate today) {
        return queued(store.assignRoom(reservationId, room, staff, today, clock.instant()));
    }

    /** Sets a room's housekeeping as the desk shows it and queues it. */
    public SyncCommand setHousekeeping(String room, HousekeepingStatus status, String staff) {
        return queued(store.setHousekeeping(room, status, staff, clock.instant()));
    }

    private SyncCommand queued(SyncCommand command) {
        board.publish();
        push.wakeup().ring();
        return command;
    }

    public void dismissConflict(long conflictId) {
        store.dismiss(conflictId);
        board.publish();
    }

    public SyncStatus status() {
        return board.current();
    }

    /** The listener gets the current status now and every new one after, on a sync thread. */
    public void addListener(SyncListener listener) {
        board.listen(listener);
    }

    /** Stops both loops and cancels the requests in flight; the store stays open (its owner closes it). */
    @Override
    public void close() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        push.wakeup().ring();
        pull.wakeup().ring();
        link.close();
        try {
            stopped.await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
