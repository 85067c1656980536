package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DayGuest;
import gotohotel.desk.service.DayListService;
import gotohotel.desk.service.DayLists;
import gotohotel.desk.service.PrintLabels;
import gotohotel.desk.service.ReportRefusedException;
import gotohotel.shared.api.OccupancyReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The day's lists from guests held in memory; a report made up night by night, or a refusal. */
public final class FakeDayLists implements DayListService {

    private final LocalDate today;
    private final List<DayGuest> guests = new ArrayList<>();
    private final List<PrintLabels> printed = new ArrayList<>();
    private ReportRefusedException refusal;
    private int reads;

    public FakeDayLists(LocalDate today) {
        this.today = today;
    }

    public FakeDayLists guest(String name, String room, String type, LocalDate checkIn, int nights, String status) {
        guests.add(new DayGuest(UUID.randomUUID(), name, "010-5555-" + (1000 + guests.size()), room, type, checkIn,
                checkIn.plusDays(nights), 2, status, status.equals("CHECKED_OUT") ? checkIn.plusDays(nights) : null));
        return this;
    }

    /** From now on the server refuses the report for that reason. */
    public void refuse(ReportRefusedException.Reason reason, String detail) {
        refusal = new ReportRefusedException(reason, detail);
    }

    public List<PrintLabels> printed() {
        return printed;
    }

    public int reads() {
        return reads;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public DayLists lists(LocalDate day) {
        reads++;
        return DayLists.of(day, today, guests);
    }

    @Override
    public void print(DayLists lists, PrintLabels labels, Path pdf) {
        printed.add(labels);
    }

    /** 25 rooms on sale a night, busier towards the weekend, each sold at 150,000. */
    @Override
    public OccupancyReport occupancy(LocalDate from, LocalDate to) {
        if (refusal != null) {
            throw refusal;
        }
        var nights = new ArrayList<OccupancyReport.Night>();
        int sold = 0;
        for (LocalDate night = from; !night.isAfter(to); night = night.plusDays(1)) {
            int rooms = switch (night.getDayOfWeek()) {
                case FRIDAY -> 23;
                case SATURDAY -> 25;
                case SUNDAY -> 11;
                default -> 13 + 2 * night.getDayOfWeek().getValue() % 5;
            };
            nights.add(new OccupancyReport.Night(night, rooms, 25, percent(rooms, 25),
                    BigDecimal.valueOf(150_000L * rooms)));
            sold += rooms;
        }
        return new OccupancyReport(from, to, "KRW", nights, sold, 25 * nights.size(), percent(sold, 25 * nights.size()),
                BigDecimal.valueOf(150_000L * sold));
    }

    private static BigDecimal percent(int sold, int sellable) {
        return BigDecimal.valueOf(sold * 100L).divide(BigDecimal.valueOf(sellable), 1, RoundingMode.HALF_UP);
    }
}
