package gotohotel.backend.sync;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The front desk's changes feed and decision batches.
 *
 * @param snapshotDays a desk's first download holds stays that ended at most this many days ago
 * @param hotelZone the hotel's time zone, for "days ago"
 * @param listenerRetry how long the commit listener waits before reconnecting after losing the database
 * @param feedConnections the changes feed's own database connections (one listens for commits, the rest read
 *                        for the desks); the guests' pool is never used for the feed
 * @param waiting how many changes requests may wait at once, and how fast waiting desks are answered
 */
@ConfigurationProperties("gotohotel.sync")
record SyncProperties(int snapshotDays, ZoneId hotelZone, Duration listenerRetry, int feedConnections,
                      Waiting waiting) {

    /**
     * @param max changes requests waiting on this server at once; one more is 503 with {@code retryAfter}
     * @param perDesk requests of one desk waiting at once (a desk holds one; two covers a poll the server still
     *                holds after the desk's link broke); one more is 429 with {@code retryAfter}
     * @param retryAfter how long a desk told "too many waiting" waits before it asks again
     * @param answersPerSecond at most this many answers per second go to waiting desks on average: with many desks
     *                         waiting, changes reach them in fewer, larger pages instead of costing the guests' orders
     * @param readTimeout a request without {@code waitSeconds} not answered within this long is 503 (the feed's
     *                    reader is stuck or its database gone)
     * @param writing answers being written to desks at once: a desk that reads slowly holds a web server thread
     *                while its page is written; the next answers wait, so the guests' requests always find threads
     */
    record Waiting(int max, int perDesk, Duration retryAfter, int answersPerSecond, Duration readTimeout,
                   int writing) {
    }
}
