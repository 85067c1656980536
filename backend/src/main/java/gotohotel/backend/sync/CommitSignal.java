package gotohotel.backend.sync;

import gotohotel.backend.reservation.ReservationFeed;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Wakes waiting feed readers when a reservation change commits, on this instance or any other: every such
 * transaction sends a PostgreSQL notification (delivered at commit), and one connection here LISTENs for
 * it. No polling: a waiter is checked once when it registers and again on each notification.
 */
@Component
class CommitSignal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommitSignal.class);
    private static final int RECEIVE_TIMEOUT_MILLIS = 1000;

    private final DataSource dataSource;
    private final SyncProperties properties;
    private final Set<BooleanSupplier> waiters = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread listener;

    CommitSignal(DataSource dataSource, SyncProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /**
     * Registers a check that answers a waiting reader when there is something to answer (returns true then).
     * It runs once now, so a change that committed just before registering is not missed.
     */
    void await(BooleanSupplier waiter) {
        waiters.add(waiter);
        if (!running || check(waiter)) {
            waiters.remove(waiter);
        }
    }

    void forget(BooleanSupplier waiter) {
        waiters.remove(waiter);
    }

    private void wakeAll() {
        for (var waiter : waiters) {
            if (check(waiter)) {
                waiters.remove(waiter);
            }
        }
    }

    private static boolean check(BooleanSupplier waiter) {
        try {
            return waiter.getAsBoolean();
        } catch (RuntimeException e) {
            log.warn("A waiting changes request failed: {}", e.toString());
            return true;
        }
    }

    private void listen() {
        while (running) {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + ReservationFeed.COMMIT_CHANNEL);
                var postgres = connection.unwrap(PGConnection.class);
                wakeAll();   // changes that committed while this connection was being (re)opened
                while (running) {
                    var notifications = postgres.getNotifications(RECEIVE_TIMEOUT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        wakeAll();
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

    /** Stops listening and answers every waiting reader now, so shutdown does not wait for long polls. */
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
        waiters.forEach(CommitSignal::check);
        waiters.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
