package gotohotel.backend.sync;

import gotohotel.backend.reservation.ReservationFeed;
import gotohotel.backend.rooms.RoomFeed;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link FeedRounds} when a reservation change commits, on this instance or any other: every such
 * transaction sends a PostgreSQL notification (delivered at commit), and one connection of the {@link FeedPool}
 * here LISTENs for it. No polling: a round runs when a request arrives and again after each notification.
 */
@Component
class CommitSignal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommitSignal.class);
    private static final int RECEIVE_TIMEOUT_MILLIS = 1000;

    private final FeedPool pool;
    private final FeedRounds rounds;
    private final SyncProperties properties;
    private volatile boolean running;
    private Thread listener;

    CommitSignal(FeedPool pool, FeedRounds rounds, SyncProperties properties) {
        this.pool = pool;
        this.rounds = rounds;
        this.properties = properties;
    }

    private void listen() {
        while (running) {
            try (var connection = pool.connection(); var statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + ReservationFeed.COMMIT_CHANNEL);
                statement.execute("LISTEN " + RoomFeed.COMMIT_CHANNEL);
                var postgres = connection.unwrap(PGConnection.class);
                rounds.commitSeen();   // changes that committed while this connection was being (re)opened
                while (running) {
                    var notifications = postgres.getNotifications(RECEIVE_TIMEOUT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        rounds.commitSeen();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the database connection that listens for reservation changes ({}); retrying in {}",
                            e.getMessage(), properties.listenerRetry());
                    pause();
                }
            }
        }
    }

    private void pause() {
        synchronized (this) {
            try {
                wait(properties.listenerRetry().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "sync-commit-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /** Stops listening and answers every waiting request now, so shutdown does not wait for long polls. */
    @Override
    public void stop() {
        running = false;
        synchronized (this) {
            notifyAll();
        }
        try {
            listener.join(RECEIVE_TIMEOUT_MILLIS * 3L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
