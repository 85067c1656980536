package gotohotel.backend.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Completions of sent publications (completion mode delete: their rows' deletes), buffered and written together,
 * one transaction per batch, by one thread — instead of a transaction of its own per event on Kafka's producer
 * thread. A completion lost with the process leaves its row incomplete: the staleness monitor marks it failed
 * and {@link EventRedelivery} sends it again, which consumers ignore (they dedupe by event id). While a
 * completion is buffered the publication counts as delivered: it is neither marked failed nor resent.
 */
final class PublicationCompletions implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublicationCompletions.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final Consumer<List<UUID>> delete;
    private final RegistryProperties properties;
    private final Set<UUID> buffered = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<UUID> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread writer;

    PublicationCompletions(Consumer<List<UUID>> delete, RegistryProperties properties) {
        this.delete = delete;
        this.properties = properties;
    }

    void complete(UUID publication) {
        buffered.add(publication);
        queue.add(publication);
    }

    /** Whether the publication was sent and only its completion waits to be written. */
    boolean isBuffered(UUID publication) {
        return buffered.contains(publication);
    }

    int pending() {
        return buffered.size();
    }

    @Override
    public synchronized void start() {
        running = true;
        writer = new Thread(this::writeUntilStopped, "event-completions");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = writer;
        }
        if (current != null) {
            current.interrupt();
            try {
                current.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flushAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops the writer thread late; the acknowledgements of the producer's last sends are written in destroy. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /**
     * The Kafka producer closes (flushing its last sends) in a lifecycle phase after this one's stop: the
     * completions it acknowledged meanwhile are written here, after every lifecycle stopped and before the data
     * source closes. What cannot be written is resent after staleness.
     */
    @Override
    public void destroy() {
        flushAll();
    }

    /** Writes every completion buffered now (tests; shutdown). */
    void flushAll() {
        var batch = new ArrayList<UUID>();
        while (queue.drainTo(batch, properties.completionBatchSize()) > 0) {
            if (!write(batch)) {
                return;
            }
            batch.clear();
        }
    }

    private void writeUntilStopped() {
        var batch = new ArrayList<UUID>();
        while (running) {
            try {
                UUID first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + properties.completionFlushInterval().toNanos();
                while (batch.size() < properties.completionBatchSize()) {
                    UUID next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                boolean written = write(batch);
                batch.clear();
                if (!written) {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            } catch (InterruptedException e) {
                queue.addAll(batch);
                batch.clear();
                if (!running) {
                    return;
                }
            } catch (Throwable e) {   // the only writer: it must outlive anything a batch throws
                log.error("Writing event publication completions failed; retrying", e);
                queue.addAll(batch);
                batch.clear();
            }
        }
    }

    /** Deletes the batch's rows; on failure puts it back (the database may be down) and says so. */
    private boolean write(List<UUID> batch) {
        try {
            delete.accept(List.copyOf(batch));
            batch.forEach(buffered::remove);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not write {} event publication completions, will retry: {}", batch.size(), e.toString());
            queue.addAll(batch);
            return false;
        }
    }
}
