package gotohotel.backend.rooms;

import gotohotel.shared.sync.RoomSnapshot;
import java.util.List;
import java.util.UUID;

/**
 * The rooms in the order their latest changes committed, on the same positions as the reservations (one counter):
 * what the desks follow beside the reservations.
 */
public interface RoomFeed {

    /** The PostgreSQL notification channel a transaction that changed rooms notifies on commit. */
    String COMMIT_CHANNEL = "gotohotel_room_changes";

    /** Rooms whose latest change is past {@code position}, oldest first, at most {@code limit}. */
    List<Entry> after(long position, int limit);

    /**
     * What the rooms say of a position a desk holds with the mark of the change it received there ({@code id},
     * {@code version}, {@code updatedAtMillis}): whether a room holds the position now, and whether the marked room
     * is the one there or has moved on from it with a later change.
     */
    Spot spot(long position, UUID id, long version, long updatedAtMillis);

    /** A room and the feed position of its latest change. */
    record Entry(long position, RoomSnapshot room) {
    }

    /**
     * @param roomAtPosition a room holds the position now
     * @param marked         the room there is the marked change (when a room holds it), or the marked room has moved
     *                       on from it with a later version (when none does)
     */
    record Spot(boolean roomAtPosition, boolean marked) {
    }
}
