package gotohotel.backend.sync;

import gotohotel.backend.reservation.ReservationFeed;
import gotohotel.shared.sync.ChangesPage;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Pages of the changes feed after a cursor. */
@Service
class ChangesFeed {

    private final ReservationFeed feed;
    private final SyncProperties properties;
    private final Clock clock;

    ChangesFeed(ReservationFeed feed, SyncProperties properties, Clock clock) {
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
    }

    ChangesPage after(Cursor cursor, int limit) {
        LocalDate checkOutFrom = cursor.snapshot()
                ? LocalDate.now(clock.withZone(properties.hotelZone())).minusDays(properties.snapshotDays()) : null;
        var entries = feed.after(cursor.position(), checkOutFrom, limit + 1);
        boolean hasMore = entries.size() > limit;
        var page = hasMore ? entries.subList(0, limit) : entries;
        Cursor next = page.isEmpty() ? cursor : cursor.advancedTo(page.get(page.size() - 1).position());
        if (!hasMore) {
            next = next.following();
        }
        return new ChangesPage(page.stream().map(ReservationFeed.Entry::reservation).toList(), next.toString(),
                hasMore);
    }
}
