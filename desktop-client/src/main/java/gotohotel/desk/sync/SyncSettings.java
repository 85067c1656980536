package gotohotel.desk.sync;

import java.time.Duration;

/**
 * @param batchSize commands sent at once (the server takes at most 500 in a body of at most 1 MB, and applies
 *                  them in one transaction; a 413 halves the batch, should a server take less)
 * @param pageSize reservations asked for per page of the changes feed (at most 1000)
 * @param waitSeconds how long a long poll may wait on the server for a change (at most 30)
 * @param backoffBase the first wait after a failure
 * @param backoffCap the longest wait between attempts
 * @param idle how long an idle loop sleeps before looking again without being woken
 */
public record SyncSettings(int batchSize, int pageSize, int waitSeconds, Duration backoffBase, Duration backoffCap,
                           Duration idle) {

    public static SyncSettings defaults() {
        return new SyncSettings(500, 1000, 25, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** Long enough for a long poll plus a full batch to be answered. */
    public Duration requestTimeout() {
        return Duration.ofSeconds(waitSeconds + 30L);
    }
}
