package gotohotel.desk.service;

import java.util.List;
import java.util.function.Function;

/**
 * The words of a printed list, in the staff's language: the page title, a line under it, the three lists' headings,
 * the eight column headings (room, guest, phone, room type, stay, nights, guests, status), what an empty list says,
 * and how a status and a room type read.
 */
public record PrintLabels(String title, String subtitle, String arrivals, String departures, String inHouse,
                          List<String> columns, String none, Function<String, String> status,
                          Function<String, String> roomType) {

    public PrintLabels {
        columns = List.copyOf(columns);
        if (columns.size() != 8) {
            throw new IllegalArgumentException("eight column headings, not " + columns.size());
        }
    }
}
