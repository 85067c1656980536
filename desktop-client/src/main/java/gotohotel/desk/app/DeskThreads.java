package gotohotel.desk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A desk window's threads: the sync loops, the services' own thread, and the screens' background work. All daemons. */
final class DeskThreads {

    private static final Logger log = LoggerFactory.getLogger(DeskThreads.class);

    final ExecutorService sync = Executors.newCachedThreadPool(daemon("desk-sync"));
    final ScheduledExecutorService services = Executors.newSingleThreadScheduledExecutor(daemon("desk-services"));
    /** Unbounded: a decision's local save never waits behind a history request stuck on a half-dead link. */
    final ExecutorService screens = Executors.newCachedThreadPool(daemon("desk-work"));

    /** Takes no more screen work and waits (a while) for what runs: decisions being written finish. */
    void finishScreenWork() {
        screens.shutdown();
        try {
            if (!screens.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Closing the desk while background work still runs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        screens.shutdownNow();
        services.shutdownNow();
        sync.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
