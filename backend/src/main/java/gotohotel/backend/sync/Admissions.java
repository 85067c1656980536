package gotohotel.backend.sync;

import gotohotel.backend.staff.StaffSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Admits the changes requests that arrived since the last admission, all at once, on the feed reader's thread and
 * so on the feed's own connections: one read for their staff tokens, one for the feed's epoch, one per distinct
 * cursor. A thousand desks coming back for more cost the guests' connections nothing (before, each request's token
 * and cursor were checked on the request's thread, two to four reads on the guests' pool).
 */
@Component
class Admissions {

    private static final Logger log = LoggerFactory.getLogger(Admissions.class);

    private final StaffSessions sessions;
    private final ChangesFeed feed;
    private final WaitingRequests waiting;
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

    /** A request and the bearer token it came with (kept in memory until admitted, never printed). */
    private record Arrival(PendingRead read, String token) {

        @Override
        public String toString() {
            return "Arrival[" + read.desk() + "]";
        }
    }

    Admissions(StaffSessions sessions, ChangesFeed feed, WaitingRequests waiting) {
        this.sessions = sessions;
        this.feed = feed;
        this.waiting = waiting;
    }

    /** A request registered with {@link WaitingRequests}, to be admitted at the next {@link #admitArrived}. */
    void add(PendingRead read, String token) {
        arrivals.add(new Arrival(read, Objects.requireNonNull(token)));
    }

    /**
     * Admits what arrived: a request whose token is not a signed-in, enabled account's is answered 401, one whose
     * cursor is not in this feed 409 (decision 39); the rest get their checked cursor. Runs on the reader thread.
     *
     * @return the requests admitted, to be answered by the rounds
     */
    List<PendingRead> admitArrived() {
        var batch = new ArrayList<Arrival>();
        for (Arrival arrival; (arrival = arrivals.poll()) != null; ) {
            batch.add(arrival);
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        var admitted = new ArrayList<PendingRead>(batch.size());
        try {
            var signedIn = sessions.signedIn(batch.stream().map(Arrival::token).toList());
            var opening = feed.opening();
            for (var arrival : batch) {
                if (!signedIn.contains(arrival.token())) {
                    refuse(arrival.read(), StaffSessions.loginRequired());
                    continue;
                }
                try {
                    arrival.read().admit(opening.open(arrival.read().asked()));
                    admitted.add(arrival.read());
                } catch (FeedResetException reset) {
                    refuse(arrival.read(), reset);
                }
            }
        } catch (RuntimeException e) {   // the database is gone: 503 for those not yet admitted, they ask again
            log.warn("Could not admit {} requests for changes: {}", batch.size(), e.toString());
            batch.stream().map(Arrival::read).filter(read -> !read.admitted()).forEach(read -> refuse(read, e));
        }
        return admitted;
    }

    private void refuse(PendingRead read, Exception why) {
        if (waiting.remove(read)) {
            read.result().setErrorResult(why);
        }
    }
}
