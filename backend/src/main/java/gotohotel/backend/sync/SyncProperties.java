package gotohotel.backend.sync;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param snapshotDays a desk's first download holds stays that ended at most this many days ago
 * @param hotelZone the hotel's time zone, for "days ago"
 * @param listenerRetry how long the commit listener waits before reconnecting after losing the database
 */
@ConfigurationProperties("gotohotel.sync")
record SyncProperties(int snapshotDays, ZoneId hotelZone, Duration listenerRetry) {
}
