package gotohotel.desk.service;

import java.math.BigDecimal;

/** A room type offered for a stay: how many rooms are left on its fullest night and what the stay costs. */
public record RoomOffer(String roomType, int available, BigDecimal totalPrice, String currency) {

    public boolean soldOut() {
        return available <= 0;
    }
}
