package gotohotel.backend.sync;

import gotohotel.backend.web.ApiException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The changes requests waiting for the feed's reader, capped per server and per desk: one over the server's cap
 * is 503, one over its desk's cap 429, both {@code sync-busy} with a Retry-After the desk waits out.
 */
@Component
class WaitingRequests {

    static final String BUSY = "sync-busy";

    private final SyncProperties.Waiting limits;
    private final Set<PendingRead> pending = new LinkedHashSet<>();
    private final Map<String, Integer> perDesk = new HashMap<>();

    WaitingRequests(SyncProperties properties, MeterRegistry meters) {
        this.limits = properties.waiting();
        Gauge.builder("gotohotel.sync.waiting", this, WaitingRequests::count)
                .description("Changes requests waiting for the feed's reader").register(meters);
    }

    /** @throws ApiException 503 or 429 {@code sync-busy} over a cap; nothing is registered then */
    synchronized void admit(PendingRead read) {
        if (pending.size() >= limits.max()) {
            throw busy(HttpStatus.SERVICE_UNAVAILABLE, "The server has " + limits.max()
                    + " desks waiting for changes already; ask again later.");
        }
        int mine = perDesk.getOrDefault(read.desk(), 0);
        if (mine >= limits.perDesk()) {
            throw busy(HttpStatus.TOO_MANY_REQUESTS, "This desk has " + mine
                    + " requests for changes waiting already; ask again when they are answered.");
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

    ApiException busy(HttpStatus status, String detail) {
        return new ApiException(status, BUSY, "Too many requests waiting for changes", detail, List.of(),
                limits.retryAfter());
    }
}
