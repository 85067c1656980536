package gotohotel.shared.api;

import java.math.BigDecimal;

/** A kind of room the hotel sells. */
public record RoomTypeView(String code, String name, int capacity, BigDecimal nightlyRate, String currency,
                           int totalRooms) {
}
