package gotohotel.backend.sync;

import gotohotel.backend.reservation.ReservationFeed;
import gotohotel.backend.staff.ServerIdentity;
import gotohotel.shared.sync.ChangesPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Pages of the changes feed after a cursor. */
@Service
class ChangesFeed {

    private final ReservationFeed feed;
    private final FeedEpoch epoch;
    private final ServerIdentity server;
    private final SyncProperties properties;
    private final Clock clock;

    ChangesFeed(ReservationFeed feed, FeedEpoch epoch, ServerIdentity server, SyncProperties properties, Clock clock) {
        this.feed = feed;
        this.epoch = epoch;
        this.server = server;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens desks' cursors against the feed as it is now: its epoch read once, each distinct cursor checked once. */
    Opening opening() {
        return new Opening(epoch.current());
    }

    /** One admission's view of the feed, on the feed reader's thread (not shared between threads). */
    final class Opening {

        private UUID current;
        private final Map<Cursor, Cursor> opened = new HashMap<>();

        private Opening(UUID current) {
            this.current = current;
        }

        /**
         * The desk's cursor, checked against this feed (decision 39) and stamped with its epoch.
         *
         * @throws FeedResetException when the cursor is of another epoch, or the feed went backwards under it (then
         *                            a new epoch is drawn, so every other desk of the old history resyncs too — only
         *                            for a cursor of this epoch: one without an epoch, an older desk's or a made-up
         *                            one, is no evidence against the feed and resets that desk alone)
         */
        Cursor open(Cursor cursor) {
            var known = opened.get(cursor);
            if (known != null) {
                return known;
            }
            if (cursor.epoch() != null && !cursor.epoch().equals(current)) {
                throw new FeedResetException(server.id(), current);
            }
            if (!feed.passedThrough(cursor.position(), cursor.last())) {
                if (cursor.epoch() == null) {
                    throw new FeedResetException(server.id(), current);
                }
                current = epoch.renewAfter(current,
                        "a desk holds position " + cursor.position() + " and this feed is not where it left it");
                throw new FeedResetException(server.id(), current);
            }
            var open = cursor.in(current);
            opened.put(cursor, open);
            return open;
        }
    }

    ChangesPage after(Cursor cursor, int limit) {
        LocalDate checkOutFrom = cursor.snapshot()
                ? LocalDate.now(clock.withZone(properties.hotelZone())).minusDays(properties.snapshotDays()) : null;
        var entries = feed.after(cursor.position(), checkOutFrom, limit + 1);
        boolean hasMore = entries.size() > limit;
        var page = hasMore ? entries.subList(0, limit) : entries;
        Cursor next = cursor;
        if (!page.isEmpty()) {
            var last = page.get(page.size() - 1);
            next = cursor.advancedTo(last.position(), last.mark());
        }
        if (!hasMore) {
            next = next.following();
        }
        return new ChangesPage(page.stream().map(ReservationFeed.Entry::reservation).toList(), next.toString(),
                hasMore, server.id(), cursor.epoch());
    }
}
