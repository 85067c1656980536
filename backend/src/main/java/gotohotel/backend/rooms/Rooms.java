package gotohotel.backend.rooms;

import gotohotel.backend.domain.DomainRuleException;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.NotFoundException;
import gotohotel.backend.domain.NotPermittedException;
import gotohotel.backend.inventory.Inventory;
import gotohotel.backend.inventory.SellableRooms;
import gotohotel.backend.staff.StaffPrincipal;
import gotohotel.shared.api.NewRoom;
import gotohotel.shared.api.RoomChange;
import gotohotel.shared.api.RoomView;
import gotohotel.shared.api.StaffRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' work on the rooms: add, rename, move to another type, flag out of service. The rooms on sale per type
 * and night follow in the same transaction ({@link SellableRooms}); a room that holds a stay not over, or is out of
 * order, is not moved.
 */
@Service
class Rooms {

    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,7}");

    private final RoomRepository rooms;
    private final Inventory inventory;
    private final SellableRooms sellable;
    private final RoomsNeeded roomsNeeded;
    private final Clock clock;
    private final ZoneId hotelZone;

    Rooms(RoomRepository rooms, Inventory inventory, SellableRooms sellable, RoomsNeeded roomsNeeded, Clock clock,
          @Value("${gotohotel.ordering.hotel-zone}") ZoneId hotelZone) {
        this.rooms = rooms;
        this.inventory = inventory;
        this.sellable = sellable;
        this.roomsNeeded = roomsNeeded;
        this.clock = clock;
        this.hotelZone = hotelZone;
    }

    @Transactional(readOnly = true)
    List<RoomView> all() {
        var all = rooms.all();
        var outOfOrder = rooms.outOfOrder(all.stream().map(Room::id).toList(), today());
        return all.stream().map(room -> view(room, outOfOrder.getOrDefault(room.id(), List.of()))).toList();
    }

    /**
     * @throws InvalidInputException for a malformed number or a type the hotel does not sell
     * @throws DomainRuleException   {@code room-number-taken}
     */
    @Transactional
    RoomView add(NewRoom request, StaffPrincipal by) {
        requireManager(by, "add rooms");
        if (request == null) {
            throw new InvalidInputException("number", "is required");
        }
        String number = validNumber(request.number());
        String type = knownType(request.roomType());
        if (rooms.numberTaken(number)) {
            throw numberTaken(number);
        }
        var room = Room.add(number, type, by.username(), clock.instant());
        int sold = sellable.lockTotalRooms(type);                      // locked first: counted against a fixed total
        boolean numbersOneSoldAlready = rooms.countOfType(type) < sold;
        try {
            rooms.insert(room);
        } catch (DuplicateKeyException concurrentlyAdded) {
            throw numberTaken(number);
        }
        if (!numbersOneSoldAlready) {
            sellable.changeRooms(type, +1, today());
        }
        return view(room, List.of());
    }

    /**
     * @throws DomainRuleException {@code room-number-taken}, {@code room-in-use} (a move while the room holds a stay
     *                             or is out of order), {@code rooms-needed} (a move that would leave the old type
     *                             fewer rooms than bookings on some night)
     */
    @Transactional
    RoomView change(String number, RoomChange change, StaffPrincipal by) {
        requireManager(by, "change rooms");
        var room = rooms.lock(number).orElseThrow(() -> new NotFoundException("Room " + number));
        if (change == null) {
            return view(room);
        }
        var now = clock.instant();
        if (change.number() != null) {
            String renamed = validNumber(change.number());
            if (!renamed.equals(room.number()) && rooms.numberTaken(renamed)) {
                throw numberTaken(renamed);
            }
            room.rename(renamed, by.username(), now);
        }
        if (change.roomType() != null && !change.roomType().equals(room.roomType())) {
            move(room, knownType(change.roomType()), by, now);
        }
        if (change.outOfService() != null) {
            room.flagOutOfService(change.outOfService(), by.username(), now);
        }
        try {
            rooms.update(room);
        } catch (DuplicateKeyException concurrentlyRenamed) {
            throw numberTaken(room.number());
        }
        return view(room);
    }

    private void move(Room room, String type, StaffPrincipal by, java.time.Instant now) {
        LocalDate today = today();
        var held = rooms.nightsHeld(room.id(), today, LocalDate.of(9999, 12, 31));
        if (!held.isEmpty()) {
            throw new DomainRuleException("room-in-use", "Room in use", "Room " + room.number()
                    + " holds a stay from " + held.get(0) + ": move the guest to another room first.");
        }
        if (!rooms.outOfOrder(List.of(room.id()), today).isEmpty()) {
            throw new DomainRuleException("room-in-use", "Room in use", "Room " + room.number()
                    + " is out of order on nights to come: put it back in order before moving it to another type.");
        }
        var shortNights = sellable.changeRooms(room.roomType(), -1, today);
        if (!shortNights.isEmpty()) {
            throw roomsNeeded.refusal(room.roomType(), shortNights, "moving room " + room.number() + " to " + type);
        }
        sellable.changeRooms(type, +1, today);
        room.moveTo(type, by.username(), now);
    }

    private RoomView view(Room room) {
        return view(room, rooms.outOfOrder(List.of(room.id()), today()).getOrDefault(room.id(), List.of()));
    }

    static RoomView view(Room room, List<RoomView.OutOfOrder> outOfOrder) {
        return new RoomView(room.number(), room.roomType(), room.housekeeping(), room.outOfService(), outOfOrder,
                room.version());
    }

    private String knownType(String code) {
        if (code == null || inventory.roomType(code).isEmpty()) {
            throw new InvalidInputException("roomType", "is not a room type of this hotel");
        }
        return code;
    }

    static String validNumber(String number) {
        if (number == null || !NUMBER.matcher(number.strip()).matches()) {
            throw new InvalidInputException("number", "must be 1 to 8 letters, digits or dashes");
        }
        return number.strip();
    }

    private static DomainRuleException numberTaken(String number) {
        return new DomainRuleException("room-number-taken", "Room number taken",
                "The hotel already has a room " + number + ".");
    }

    /** @throws NotPermittedException {@code manager-only} for anyone but a manager */
    static void requireManager(StaffPrincipal by, String what) {
        if (by == null || by.role() != StaffRole.MANAGER) {
            throw new NotPermittedException("manager-only", "Managers only", "Only a manager may " + what
                    + "; you are signed in as " + (by == null ? "nobody" : by.role().name().toLowerCase(Locale.ROOT))
                    + ".");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(hotelZone));
    }
}
