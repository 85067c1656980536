package gotohotel.shared.api;

/**
 * A room the desk may give a stay: free on every night of it and out of order on none. Suggestions come best first:
 * the booked type before upgrades, then clean, inspected, dirty, out of service last, then by number.
 *
 * @param upgrade true when the room is of another type than the booked one (assigning it needs the upgrade flag)
 * @param held    true for the room the stay holds already (it comes first): nothing to assign
 */
public record RoomSuggestion(String number, String roomType, HousekeepingStatus housekeeping, boolean outOfService,
                             boolean upgrade, boolean held) {
}
