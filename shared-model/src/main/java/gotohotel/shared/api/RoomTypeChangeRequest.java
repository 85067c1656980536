package gotohotel.shared.api;

/**
 * Another room type for a booking's whole stay (decision record 52): {@code roomType} is the new type's code. Staff may
 * send the reservation {@code expectedVersion} they saw (a change moves money: a stale one is refused). A dearer type is
 * paid with {@code card} (charged the difference, never stored); a type costing the same or less needs none.
 */
public record RoomTypeChangeRequest(String roomType, Long expectedVersion, PlaceOrderRequest.CardDetails card) {
}
