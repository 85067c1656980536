package gotohotel.backend.sync;

import gotohotel.backend.domain.TemporarilyUnavailableException;
import gotohotel.backend.domain.ThrottledException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The changes requests waiting for the feed's reader, capped per server and per desk: one over the server's cap
 * is 503, one over its desk's cap 429, both {@code sync-busy} with a Retry-After the desk waits out.
 */
@Component
class WaitingRequests {

    static final String BUSY = "sync-busy";
    private static final String TITLE = "Too many requests waiting for changes";

    private final SyncProperties.Waiting limits;
    private final Set<PendingRead> pending = new LinkedHashSet<>();
    private final Map<String, Integer> perDesk = new HashMap<>();

    WaitingRequests(SyncProperties properties, MeterRegistry meters) {
        this.limits = properties.waiting();
        Gauge.builder("gotohotel.sync.waiting", this, WaitingRequests::count)
                .description("Changes requests waiting for the feed's reader").register(meters);
    }

    /**
     * @throws TemporarilyUnavailableException {@code sync-busy} over the server's cap
     * @throws ThrottledException {@code sync-busy} over the desk's cap (nothing is registered then)
     */
    synchronized void admit(PendingRead read) {
        if (pending.size() >= limits.max()) {
            throw busy("The server has " + limits.max()
                    + " desks waiting for changes already; ask again later.");
        }
        int mine = perDesk.getOrDefault(read.desk(), 0);
        if (mine >= limits.perDesk()) {
            throw new ThrottledException(BUSY, TITLE, "This desk has " + mine
                    + " requests for changes waiting already; ask again when they are answered.", limits.retryAfter());
        }
        pending.add(read);
        perDesk.put(read.desk(), mine + 1);
    }

    /** Forgets the request (answered, timed out or gone); true when it was still waiting. */
    synchronized boolean remove(PendingRead read) {
        if (!pending.remove(read)) {
            return false;
        }
        perDesk.computeIfPresent(read.desk(), (desk, count) -> count == 1 ? null : count - 1);
        return true;
    }

    synchronized List<PendingRead> all() {
        return new ArrayList<>(pending);
    }

    synchronized int count() {
        return pending.size();
    }

    /** The server cannot take (or answer) this request for changes now; the desk asks again after a while. */
    TemporarilyUnavailableException busy(String detail) {
        return new TemporarilyUnavailableException(BUSY, TITLE, detail, limits.retryAfter());
    }
}
