package gotohotel.shared.api;

/**
 * A manager's change to a room (PATCH): any field left null stays as it is.
 *
 * @param number       a new number (a rename); unique in the hotel
 * @param roomType     another room type (a move): refused while the room is assigned to a stay that is not over
 * @param outOfService flag the room (sellable, suggested last) or clear the flag
 */
public record RoomChange(String number, String roomType, Boolean outOfService) {
}
