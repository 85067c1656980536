package gotohotel.backend.inventory;

import gotohotel.backend.money.Money;

/**
 * A kind of room the hotel sells.
 *
 * @param code stable identifier guests book by, such as {@code DELUXE}
 * @param capacity most guests one room sleeps
 * @param nightlyRate price of one night
 * @param totalRooms rooms of this type in the hotel
 */
public record RoomType(String code, String name, int capacity, Money nightlyRate, int totalRooms) {
}
