package gotohotel.desk.viewmodel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Rooms sold per room type for each of the next 14 nights, counted from the bookings on this desk. */
public final class OccupancyViewModel {

    public static final int NIGHTS = 14;
    private static final Set<String> HOLDING_A_ROOM = Set.of("PENDING_CONFIRMATION", "CONFIRMED", "CHECKED_IN");

    /** One room type's counts, night by night from the first night shown. */
    public record Line(String roomType, int[] sold) {

        public int total() {
            return IntStream.of(sold).sum();
        }
    }

    private final List<BookingRow> bookings;
    private final Clock clock;
    private final ObservableList<LocalDate> nights = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public OccupancyViewModel(List<BookingRow> bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Counts again (one pass over the bookings in memory). */
    public void refresh() {
        LocalDate first = LocalDate.now(clock);
        var counts = new TreeMap<String, int[]>();
        for (var row : bookings) {
            var b = row.booking();
            if (!HOLDING_A_ROOM.contains(b.status()) || b.checkIn() == null || b.checkOut() == null) {
                continue;
            }
            long start = Math.max(0, b.checkIn().toEpochDay() - first.toEpochDay());
            long end = Math.min(NIGHTS, b.checkOut().toEpochDay() - first.toEpochDay());
            if (start >= end) {
                continue;
            }
            int[] sold = counts.computeIfAbsent(b.roomType() == null ? "?" : b.roomType(), t -> new int[NIGHTS]);
            for (long night = start; night < end; night++) {
                sold[(int) night]++;
            }
        }
        nights.setAll(IntStream.range(0, NIGHTS).mapToObj(first::plusDays).toList());
        lines.setAll(counts.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList());
    }

    public ObservableList<LocalDate> nights() {
        return nights;
    }

    public ObservableList<Line> lines() {
        return lines;
    }
}
