package gotohotel.backend.rooms;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.inventory.SellableRooms;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.OutOfOrderRequest;
import gotohotel.shared.api.RoomView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A room out of order for some nights is off sale on them: one room fewer of its type on each night, in the same
 * transaction — refused while the type's bookings need every room left on some night, or while this room holds a
 * stay on them. Back in order early, the nights from today on are sold again.
 */
@Service
class OutOfOrder {

    static final int MAX_REASON = 200;

    private final RoomRepository rooms;
    private final Rooms management;
    private final SellableRooms sellable;
    private final RoomsNeeded roomsNeeded;
    private final Clock clock;

    OutOfOrder(RoomRepository rooms, Rooms management, SellableRooms sellable, RoomsNeeded roomsNeeded, Clock clock) {
        this.rooms = rooms;
        this.management = management;
        this.sellable = sellable;
        this.roomsNeeded = roomsNeeded;
        this.clock = clock;
    }

    /** The repair's id and the room as it now stands. */
    record Booked(long id, RoomView room) {
    }

    /**
     * @throws InvalidInputException dates missing, reversed, past or beyond the nights on sale; a reason missing;
     *                               dates overlapping the room's other repair
     * @throws DomainRuleException   {@code room-in-use} (the room holds a stay on those nights), {@code rooms-needed}
     */
    @Transactional
    Booked takeOff(String number, OutOfOrderRequest request, StaffPrincipal by) {
        Rooms.requireManager(by, "take rooms out of order");
        var room = rooms.lock(number).orElseThrow(() -> new NotFoundException("Room " + number));
        LocalDate today = management.today();
        validate(request, today, sellable.lastNightOnSale(room.roomType()).orElse(today.minusDays(1)));
        var from = request.from();
        var until = request.until();
        var current = rooms.outOfOrder(List.of(room.id()), today).getOrDefault(room.id(), List.of());
        for (var other : current) {
            if (other.from().isBefore(until) && from.isBefore(other.until())) {
                throw new InvalidInputException("from", "overlaps the room's repair from " + other.from() + " to "
                        + other.until() + ": change that one instead");
            }
        }
        var held = rooms.nightsHeld(room.id(), from, until);
        if (!held.isEmpty()) {
            throw new DomainRuleException("room-in-use", "Room in use", "Room " + number + " holds a stay on "
                    + held.get(0) + (held.size() > 1 ? " and " + (held.size() - 1) + " more of those nights" : "")
                    + ": move the guest to another room first.");
        }
        var shortNights = sellable.takeOffSale(room.roomType(), from, until);
        if (!shortNights.isEmpty()) {
            throw roomsNeeded.refusal(room.roomType(), shortNights, "taking room " + number + " out of order");
        }
        var now = clock.instant();
        long id = rooms.addOutOfOrder(room.id(), from, until, request.reason().strip(), by.username(), now);
        room.outOfOrderChanged("OUT_OF_ORDER", from + "–" + until + ": " + request.reason().strip(), by.username(), now);
        rooms.update(room);
        return new Booked(id, view(room, today));
    }

    @Transactional
    RoomView backInOrder(String number, long id, StaffPrincipal by) {
        Rooms.requireManager(by, "put rooms back in order");
        var room = rooms.lock(number).orElseThrow(() -> new NotFoundException("Room " + number));
        var repair = rooms.outOfOrder(room.id(), id)
                .orElseThrow(() -> new NotFoundException("Out-of-order dates " + id + " of room " + number));
        LocalDate today = management.today();
        var from = repair.from().isAfter(today) ? repair.from() : today;
        if (from.isBefore(repair.until())) {
            sellable.putOnSale(room.roomType(), from, repair.until());
        }
        var now = clock.instant();
        rooms.endOutOfOrder(id, now);
        room.outOfOrderChanged("BACK_IN_ORDER", repair.from() + "–" + repair.until() + " ended; sold from " + from,
                by.username(), now);
        rooms.update(room);
        return view(room, today);
    }

    private RoomView view(Room room, LocalDate today) {
        return Rooms.view(room, rooms.outOfOrder(List.of(room.id()), today).getOrDefault(room.id(), List.of()));
    }

    private static void validate(OutOfOrderRequest request, LocalDate today, LocalDate lastOnSale) {
        var errors = new ArrayList<Violation>();
        if (request == null || request.from() == null) {
            errors.add(new Violation("from", "is required"));
        } else if (request.from().isBefore(today)) {
            errors.add(new Violation("from", "must be today (" + today + ") or later"));
        }
        if (request == null || request.until() == null) {
            errors.add(new Violation("until", "is required"));
        } else if (request.from() != null && !request.until().isAfter(request.from())) {
            errors.add(new Violation("until", "must be after from"));
        } else if (request.until().isAfter(lastOnSale.plusDays(1))) {   // (no arithmetic on the guest's date: it may be LocalDate.MIN)
            errors.add(new Violation("until", "the hotel sells these rooms up to the night of " + lastOnSale
                    + "; a room can be out of order on nights on sale only (until " + lastOnSale.plusDays(1)
                    + " at the latest)"));
        }
        if (request == null || request.reason() == null || request.reason().isBlank()
                || request.reason().strip().length() > MAX_REASON || request.reason().indexOf('\0') >= 0) {
            errors.add(new Violation("reason", "is required (at most " + MAX_REASON + " characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
