package gotohotel.desk.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A day's lists as the front desk prints them: who arrives, who departs and who is in house that night.
 *
 * <ul>
 * <li>arrivals: check-in that day, the booking on the books (pending, confirmed, checked in, checked out);</li>
 * <li>departures: check-out that day, on the books; a guest who checked out on another day (early, or late) is a
 * departure of the day they left;</li>
 * <li>in house: checked in and the stay covers the night (for a night already past, checked out too, up to the day
 * they left: they slept there); a guest not arrived yet is not in house.</li>
 * </ul>
 * Cancelled, rejected and no-show bookings are on none of them. Each list is by room, guests without a room last.
 */
public record DayLists(LocalDate day, List<DayGuest> arrivals, List<DayGuest> departures, List<DayGuest> inHouse) {

    private static final Set<String> ON_THE_BOOKS = Set.of("PENDING_CONFIRMATION", "CONFIRMED", "CHECKED_IN",
            "CHECKED_OUT");
    private static final Comparator<DayGuest> BY_ROOM = Comparator
            .comparing(DayGuest::room, Comparator.nullsLast(Comparator.comparing(DayLists::roomKey)))
            .thenComparing(DayGuest::guestName, Comparator.nullsLast(Comparator.naturalOrder()));

    public DayLists {
        arrivals = List.copyOf(arrivals);
        departures = List.copyOf(departures);
        inHouse = List.copyOf(inHouse);
    }

    /**
     * Sorts the stays of the day into the lists.
     *
     * @param today the hotel's date now: for a night before it, a checked-out guest was in house
     */
    public static DayLists of(LocalDate day, LocalDate today, List<DayGuest> stays) {
        var arrivals = stays.stream().filter(s -> day.equals(s.checkIn()) && ON_THE_BOOKS.contains(s.status()))
                .sorted(BY_ROOM).toList();
        var departures = stays.stream().filter(s -> day.equals(s.departure()) && ON_THE_BOOKS.contains(s.status()))
                .sorted(BY_ROOM).toList();
        var inHouse = stays.stream().filter(s -> covers(s, day) && (s.status().equals("CHECKED_IN")
                        || s.status().equals("CHECKED_OUT") && day.isBefore(today)))
                .sorted(BY_ROOM).toList();
        return new DayLists(day, arrivals, departures, inHouse);
    }

    private static boolean covers(DayGuest stay, LocalDate night) {
        return stay.checkIn() != null && stay.departure() != null && !night.isBefore(stay.checkIn())
                && night.isBefore(stay.departure());
    }

    /** Room numbers in number order where they are numbers ("9" before "10"), else as text. */
    private static String roomKey(String room) {
        return room.chars().allMatch(Character::isDigit) ? "%12s".formatted(room) : room;
    }
}
