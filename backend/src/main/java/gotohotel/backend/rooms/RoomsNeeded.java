package gotohotel.backend.rooms;

import gotohotel.backend.domain.DomainRuleException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The refusal to take a room of a type off sale on nights its bookings need (409 {@code rooms-needed}): it names
 * the nights and the bookings on them, so the manager knows whom to move first.
 */
@Component
class RoomsNeeded {

    private final BookedStays stays;

    RoomsNeeded(BookedStays stays) {
        this.stays = stays;
    }

    Refusal refusal(String roomType, List<LocalDate> nights, String what) {
        var bookings = stays.overlapping(roomType, nights.get(0), nights.get(nights.size() - 1).plusDays(1)).stream()
                .filter(stay -> nights.stream().anyMatch(night -> !night.isBefore(stay.checkIn())
                        && night.isBefore(stay.checkOut())))
                .toList();
        String named = bookings.isEmpty() ? "bookings still being paid"
                : bookings.stream().map(stay -> stay.guestName() + " (" + stay.checkIn() + "–" + stay.checkOut() + ", "
                        + stay.reservationId() + ")").collect(Collectors.joining(", "));
        return new Refusal("Not done: " + what + " would leave fewer " + roomType + " rooms than bookings on "
                + nights.stream().map(LocalDate::toString).collect(Collectors.joining(", ")) + ". Booked: " + named
                + ".", nights, bookings);
    }

    /** 409: fewer rooms than bookings would remain; the nights and the bookings are facts of the problem. */
    static final class Refusal extends DomainRuleException {

        Refusal(String detail, List<LocalDate> nights, List<BookedStays.BookedStay> bookings) {
            super("rooms-needed", "Rooms needed", detail);
            fact("nights", nights);
            fact("bookings", bookings);
        }
    }
}
