package gotohotel.backend.reports;

import gotohotel.backend.domain.InvalidInputException;
import gotohotel.shared.api.OccupancyReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Occupancy and room revenue per night: what the bookings hold against what was on sale. */
@Service
class OccupancyReports {

    /** The longest range one report covers: a year of nights. */
    static final int MAX_NIGHTS = 366;

    private final NightsSold sold;
    private final RoomsOnSale onSale;

    OccupancyReports(NightsSold sold, RoomsOnSale onSale) {
        this.sold = sold;
        this.onSale = onSale;
    }

    /**
     * The nights from {@code from} to {@code to}, both included.
     *
     * @throws InvalidInputException when {@code to} is before {@code from} or the range is longer than {@link #MAX_NIGHTS}
     */
    @Transactional(readOnly = true)
    OccupancyReport between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must be on or after from (" + from + ")");
        }
        long nights = ChronoUnit.DAYS.between(from, to) + 1;
        if (nights > MAX_NIGHTS) {
            throw new InvalidInputException("to", "a report covers at most " + MAX_NIGHTS + " nights; asked for "
                    + nights);
        }
        LocalDate until = to.plusDays(1);
        var stays = sold.overlapping(from, until);
        var rooms = onSale.between(from, until);
        var lines = new ArrayList<OccupancyReport.Night>();
        int soldTotal = 0;
        int sellableTotal = 0;
        BigDecimal revenueTotal = BigDecimal.ZERO;
        for (LocalDate night = from; night.isBefore(until); night = night.plusDays(1)) {
            int roomsSold = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            for (var stay : stays) {
                if (stay.holds(night)) {
                    roomsSold++;
                    revenue = revenue.add(stay.perNight());
                }
            }
            int sellable = rooms.getOrDefault(night, 0);
            lines.add(new OccupancyReport.Night(night, roomsSold, sellable, percent(roomsSold, sellable), revenue));
            soldTotal += roomsSold;
            sellableTotal += sellable;
            revenueTotal = revenueTotal.add(revenue);
        }
        return new OccupancyReport(from, to, onSale.currency(), lines, soldTotal, sellableTotal,
                percent(soldTotal, sellableTotal), revenueTotal);
    }

    /** Sold over sellable in percent, one decimal; zero when nothing was on sale. */
    static BigDecimal percent(int sold, int sellable) {
        if (sellable == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(sold * 100L).divide(BigDecimal.valueOf(sellable), 1, RoundingMode.HALF_UP);
    }
}
