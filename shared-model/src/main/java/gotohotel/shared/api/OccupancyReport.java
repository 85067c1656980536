package gotohotel.shared.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Occupancy and room revenue for the nights {@code from} to {@code to} (both included), as managers see it.
 *
 * @param currency the hotel's currency, which every amount is in
 * @param nights one line per night, in order
 * @param roomsSold room nights sold over the range; {@code roomsSellable} room nights on sale
 * @param occupancy sold over sellable, in percent with one decimal
 * @param roomRevenue the range's room revenue
 */
public record OccupancyReport(LocalDate from, LocalDate to, String currency, List<Night> nights, int roomsSold,
                              int roomsSellable, BigDecimal occupancy, BigDecimal roomRevenue) {

    /**
     * One night.
     *
     * @param roomsSold rooms held that night by bookings on the books (pending, confirmed, in house, checked out; a
     *     no-show's first night)
     * @param roomsSellable rooms on sale that night, all types (rooms out of order taken off)
     * @param occupancy sold over sellable, in percent with one decimal (0 when nothing was on sale)
     * @param roomRevenue what those rooms earn that night: each booking's paid amount divided by its nights
     */
    public record Night(LocalDate night, int roomsSold, int roomsSellable, BigDecimal occupancy,
                        BigDecimal roomRevenue) {
    }
}
