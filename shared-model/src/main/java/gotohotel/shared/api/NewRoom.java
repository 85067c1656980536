package gotohotel.shared.api;

/** A room a manager adds: its number (unique, at most 8 characters) and its room type; it starts CLEAN. */
public record NewRoom(String number, String roomType) {
}
