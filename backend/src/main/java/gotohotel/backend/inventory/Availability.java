package gotohotel.backend.inventory;

import gotohotel.backend.money.Money;

/** Rooms of a type free on every night of a stay, and the stay's price. */
public record Availability(RoomType roomType, int available, Money totalPrice) {
}
