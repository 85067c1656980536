package gotohotel.shared.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * One page of the changes feed, oldest first; {@code nextCursor} continues after its last entry.
 *
 * @param serverId  the server's identity (the one its sign-in answers), null from servers older than it
 * @param feedEpoch the feed history the cursor belongs to: it changes when the server's database is restored
 *                  from an older backup (then a cursor of the old history is answered 409
 *                  {@code sync-feed-reset}); null from servers older than it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangesPage(List<ReservationSnapshot> changes, String nextCursor, boolean hasMore, UUID serverId,
                          UUID feedEpoch) {

    /** A page that does not say which server and feed history it comes from (older servers, tests). */
    public ChangesPage(List<ReservationSnapshot> changes, String nextCursor, boolean hasMore) {
        this(changes, nextCursor, hasMore, null, null);
    }
}
