package gotohotel.desk.service;

import gotohotel.shared.api.OccupancyReport;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The day's lists from this desk's store (offline too), printed as a PDF, and the managers' occupancy report from the
 * server (online only). Blocking: call on a background thread.
 */
public interface DayListService {

    /** The hotel's date now (in its time zone). Reads only the clock: any thread may ask. */
    LocalDate today();

    /** Arrivals, departures and in-house guests of the day, as this desk shows its bookings: one read. */
    DayLists lists(LocalDate day);

    /** Writes the lists to the file as a PDF, one table per list, in the staff's language ({@code labels}). */
    void print(DayLists lists, PrintLabels labels, Path pdf);

    /**
     * Occupancy and room revenue per night, {@code from} to {@code to}, asked of the server.
     *
     * @throws ReportRefusedException offline, signed out, not a manager, or a range the server refuses
     */
    OccupancyReport occupancy(LocalDate from, LocalDate to);
}
