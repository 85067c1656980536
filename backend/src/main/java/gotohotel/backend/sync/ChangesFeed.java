package gotohotel.backend.sync;

import gotohotel.backend.reservation.ReservationFeed;
import gotohotel.backend.reservation.ReservationFeed.Mark;
import gotohotel.backend.rooms.RoomFeed;
import gotohotel.backend.staff.ServerIdentity;
import gotohotel.shared.sync.ChangesPage;
import gotohotel.shared.sync.ReservationSnapshot;
import gotohotel.shared.sync.RoomSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages of the changes feed after a cursor: the reservations and the rooms, on the positions of the feed's one
 * counter, merged in position order — a page is the entries after the cursor up to the limit, whatever their kind,
 * and its cursor marks the last entry, a reservation or a room. Both are read in one snapshot (a read-only
 * REPEATABLE READ transaction): read one after the other, a reservation committed between the two reads at a lower
 * position than a room committed with it would be passed by the page's cursor and never reach the desk.
 */
@Service
class ChangesFeed {

    private final ReservationFeed feed;
    private final RoomFeed rooms;
    private final FeedEpoch epoch;
    private final ServerIdentity server;
    private final SyncProperties properties;
    private final Clock clock;
    private final TransactionTemplate oneSnapshot;

    ChangesFeed(ReservationFeed feed, RoomFeed rooms, FeedEpoch epoch, ServerIdentity server, SyncProperties properties,
                Clock clock, PlatformTransactionManager transactions) {
        this.oneSnapshot = new TransactionTemplate(transactions);
        oneSnapshot.setReadOnly(true);
        oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.feed = feed;
        this.rooms = rooms;
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
            if (!passedThrough(cursor.position(), cursor.last())) {
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

    /**
     * Whether the feed went through the position holding the marked change there: a room's when a room holds the
     * position or the marked room moved on from it, otherwise as the reservations say (decision 39).
     */
    private boolean passedThrough(long position, Mark last) {
        if (last != null && position > 0) {
            var spot = rooms.spot(position, last.reservationId(), last.version(), last.updatedAtMillis());
            if (spot.roomAtPosition() || spot.marked()) {
                return spot.marked();
            }
        }
        return feed.passedThrough(position, last);
    }

    ChangesPage after(Cursor cursor, int limit) {
        return oneSnapshot.execute(status -> read(cursor, limit));
    }

    private ChangesPage read(Cursor cursor, int limit) {
        LocalDate checkOutFrom = cursor.snapshot()
                ? LocalDate.now(clock.withZone(properties.hotelZone())).minusDays(properties.snapshotDays()) : null;
        var reservations = feed.after(cursor.position(), checkOutFrom, limit + 1);
        var changedRooms = rooms.after(cursor.position(), limit + 1);
        var page = new ArrayList<Entry>(Math.min(limit + 1, reservations.size() + changedRooms.size()));
        int r = 0;
        int m = 0;
        while (page.size() <= limit && (r < reservations.size() || m < changedRooms.size())) {
            boolean reservationFirst = m == changedRooms.size() || r < reservations.size()
                    && reservations.get(r).position() < changedRooms.get(m).position();
            page.add(reservationFirst ? Entry.of(reservations.get(r++)) : Entry.of(changedRooms.get(m++)));
        }
        boolean hasMore = page.size() > limit;
        var shown = hasMore ? page.subList(0, limit) : page;
        Cursor next = cursor;
        if (!shown.isEmpty()) {
            var last = shown.get(shown.size() - 1);
            next = cursor.advancedTo(last.position(), last.mark());
        }
        if (!hasMore) {
            next = next.following();
        }
        return new ChangesPage(shown.stream().map(Entry::reservation).filter(java.util.Objects::nonNull).toList(),
                next.toString(), hasMore, server.id(), cursor.epoch(),
                shown.stream().map(Entry::room).filter(java.util.Objects::nonNull).toList());
    }

    /** One entry of a page: a reservation's change or a room's, at its position, with the mark a cursor keeps. */
    private record Entry(long position, ReservationSnapshot reservation, RoomSnapshot room, Mark mark) {

        static Entry of(ReservationFeed.Entry entry) {
            return new Entry(entry.position(), entry.reservation(), null, entry.mark());
        }

        static Entry of(RoomFeed.Entry entry) {
            var room = entry.room();
            return new Entry(entry.position(), null, room, new Mark(room.roomId(), room.version(),
                    room.updatedAt() == null ? 0 : room.updatedAt().toEpochMilli()));
        }
    }
}
