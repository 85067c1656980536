package gotohotel.desk.service;

import gotohotel.desk.store.DeskStore;
import gotohotel.desk.store.LocalRoom;
import gotohotel.desk.store.StayInWindow;
import gotohotel.shared.api.HousekeepingStatus;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The room this desk would give a stay being checked in when the server cannot suggest one (the desk is offline,
 * or the room the server suggested went to another desk meanwhile): from the desk's own cache, in the server's
 * order of suggestions — a room of the booked type free on every night of the stay and out of order on none; clean,
 * then inspected, then dirty; out of service last; then by number. Empty when the stay holds a room already, or
 * the cache shows none free (the check-in then goes without one and the server says to assign a room first), or
 * the stay is not confirmed on this desk.
 */
final class RoomForCheckIn {

    private static final Comparator<LocalRoom> BEST_FIRST = Comparator
            .comparing((LocalRoom room) -> room.server().outOfService())
            .thenComparing(room -> rank(room.localHousekeeping()))
            .thenComparing(LocalRoom::number);

    private final DeskStore store;

    RoomForCheckIn(DeskStore store) {
        this.store = store;
    }

    Optional<String> choose(UUID reservationId) {
        var reservation = store.reservation(reservationId);
        if (reservation.isEmpty() || !"CONFIRMED".equals(reservation.get().localStatus())) {
            return Optional.empty();   // only a confirmed stay is checked in
        }
        var stay = reservation.get().server();
        var lines = store.staysBetween(stay.checkIn(), stay.checkOut());
        boolean holdsOne = lines.stream().anyMatch(line -> line.reservationId().equals(reservationId) && line.room() != null);
        if (holdsOne) {
            return Optional.empty();
        }
        Set<String> held = lines.stream().filter(line -> line.room() != null)
                .map(StayInWindow::room).collect(Collectors.toSet());
        return store.rooms().stream()
                .filter(room -> room.server().roomType().equals(stay.roomType()))
                .filter(room -> !held.contains(room.number()))
                .filter(room -> stay.checkIn().datesUntil(stay.checkOut()).noneMatch(room::outOfOrderOn))
                .sorted(BEST_FIRST)
                .map(LocalRoom::number)
                .findFirst();
    }

    private static int rank(HousekeepingStatus housekeeping) {
        return switch (housekeeping) {
            case CLEAN -> 0;
            case INSPECTED -> 1;
            case DIRTY -> 2;
        };
    }
}
