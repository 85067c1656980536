package gotohotel.desk.service;

import java.util.Set;
import java.util.UUID;

/**
 * What the desk's store changed that the rack shows: these bookings (their status, dates or rooms), and whether the
 * rooms themselves changed (housekeeping, out of order or service, a new or renamed room).
 */
public record RackChange(Set<UUID> bookings, boolean rooms) {

    public RackChange {
        bookings = Set.copyOf(bookings);
    }
}
