package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * One page of the changes feed, oldest first; {@code nextCursor} continues after its last entry.
 *
 * @param serverId  the server's identity (the one its sign-in answers), null from servers older than it
 * @param rooms     the rooms changed in the same span of the feed (a room's housekeeping, flags, out-of-order
 *                  dates, number or type), oldest first, in the feed's one order with the reservations; empty
 *                  from servers without rooms
 * @param feedEpoch the feed history the cursor belongs to: it changes when the server's database is restored
 *                  from an older backup (then a cursor of the old history is answered 409
 *                  {@code sync-feed-reset}); null from servers older than it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangesPage(List<ReservationSnapshot> changes, String nextCursor, boolean hasMore, UUID serverId,
                          UUID feedEpoch, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RoomSnapshot> rooms) {

    public ChangesPage {
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    /** A page of reservation changes only. */
    public ChangesPage(List<ReservationSnapshot> changes, String nextCursor, boolean hasMore, UUID serverId,
                       UUID feedEpoch) {
        this(changes, nextCursor, hasMore, serverId, feedEpoch, List.of());
    }

    /** A page that does not say which server and feed history it comes from (older servers, tests). */
    public ChangesPage(List<ReservationSnapshot> changes, String nextCursor, boolean hasMore) {
        this(changes, nextCursor, hasMore, null, null);
    }
}
