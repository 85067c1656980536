package gotohotel.desk.service;

import gotohotel.shared.api.HousekeepingStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A room as a manager manages it, read from the server.
 *
 * @param outOfService sellable but flagged (suggested last)
 * @param outOfOrder   the periods it is off sale, not over yet, earliest first
 */
public record ManagedRoom(String number, String roomType, HousekeepingStatus housekeeping, boolean outOfService,
                          List<OffSale> outOfOrder) {

    public ManagedRoom {
        outOfOrder = List.copyOf(outOfOrder);
    }

    /** Nights {@code from} to {@code until} (exclusive) off sale, and why. */
    public record OffSale(long id, LocalDate from, LocalDate until, String reason) {
    }
}
