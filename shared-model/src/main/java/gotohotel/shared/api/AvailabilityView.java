package gotohotel.shared.api;

import java.math.BigDecimal;

/** How many rooms of a type are free for every night of a stay, and what the stay costs. */
public record AvailabilityView(String roomType, int available, BigDecimal totalPrice, String currency) {
}
