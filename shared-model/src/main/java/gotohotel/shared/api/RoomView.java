package gotohotel.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A numbered room of a room type as the staff see it.
 *
 * @param outOfService sellable, but flagged (a broken lamp): the desk suggests it last
 * @param outOfOrder   the dates it is off sale (removed from the type's rooms for those nights)
 * @param version      the room's version: housekeeping and management changes say which one they saw
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomView(String number, String roomType, HousekeepingStatus housekeeping, boolean outOfService,
                       List<OutOfOrder> outOfOrder, long version) {

    /** Nights {@code from} (inclusive) to {@code until} (exclusive) off sale, and why. */
    public record OutOfOrder(long id, LocalDate from, LocalDate until, String reason) {
    }
}
