package gotohotel.shared.sync;

import java.util.List;

/** One page of the changes feed, oldest first; {@code nextCursor} continues after its last entry. */
public record ChangesPage(List<ReservationSnapshot> changes, String nextCursor, boolean hasMore) {
}
