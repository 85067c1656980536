package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DecisionRefusedException;
import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.Rack;
import gotohotel.desk.service.RackChange;
import gotohotel.desk.service.RoomService;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Rooms in memory: assignments and housekeeping take effect at once, marked waiting, like the desk's store. */
public final class FakeRooms implements RoomService {

    final List<DeskRoom> rooms = new ArrayList<>();
    final List<RoomStay> stays = new ArrayList<>();
    final List<String> commands = new ArrayList<>();
    private final LocalDate today;
    private final List<Consumer<RackChange>> listeners = new ArrayList<>();
    /** How many times the whole rack was read. */
    public int racksRead;
    /** The bookings whose stays were read apart (a change), one set per read. */
    public final List<Set<UUID>> staysRead = new ArrayList<>();
    /** How many times the rooms were read apart (a change of rooms). */
    public int roomsRead;

    public FakeRooms(LocalDate today) {
        this.today = today;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public Rack rack(LocalDate first, int nights) {
        racksRead++;
        var end = first.plusDays(nights);
        return new Rack(rooms, stays.stream().filter(s -> s.until().isAfter(first) && s.from().isBefore(end)).toList());
    }

    @Override
    public List<DeskRoom> rooms() {
        roomsRead++;
        return List.copyOf(rooms);
    }

    @Override
    public List<RoomStay> stays(Set<UUID> bookingIds, LocalDate first, int nights) {
        staysRead.add(Set.copyOf(bookingIds));
        var end = first.plusDays(nights);
        return stays.stream().filter(s -> bookingIds.contains(s.bookingId()) && s.until().isAfter(first)
                && s.from().isBefore(end)).toList();
    }

    @Override
    public void assignRoom(UUID bookingId, String room) {
        var stay = stays.stream().filter(s -> s.bookingId().equals(bookingId)).findFirst().orElseThrow();
        boolean held = stays.stream().anyMatch(s -> room.equals(s.room()) && !s.bookingId().equals(bookingId)
                && s.from().isBefore(stay.checkOut()) && s.until().isAfter(stay.checkIn()));
        if (held) {
            throw new DecisionRefusedException(ScreenText.of("decision.refused.ROOM_HELD", room, "someone"));
        }
        stays.removeIf(s -> s.bookingId().equals(bookingId));
        stays.add(new RoomStay(bookingId, stay.guestName(), stay.status(), stay.roomType(), stay.checkIn(),
                stay.checkOut(), room, stay.checkIn(), stay.checkOut(), true));
        commands.add("ASSIGN_ROOM " + stay.guestName() + " " + room);
        changed(new RackChange(Set.of(bookingId), true));
    }

    @Override
    public void setHousekeeping(String room, HousekeepingStatus status) {
        rooms.replaceAll(r -> r.number().equals(room)
                ? new DeskRoom(r.number(), r.roomType(), status, r.outOfService(), r.outOfOrder(), true) : r);
        commands.add("SET_HOUSEKEEPING " + room + " " + status);
        changed(new RackChange(Set.of(), true));
    }

    @Override
    public void listenRooms(Consumer<RackChange> changed) {
        listeners.add(changed);
    }

    /** Tells the listeners, as the store does after a commit. */
    public void changed(RackChange change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    /** How many reads the rack made, of any kind: the whole window, the rooms, or the stays of some bookings. */
    public int reads() {
        return racksRead + roomsRead + staysRead.size();
    }

    public void add(DeskRoom room) {
        rooms.add(room);
    }

    public void stays(RoomStay stay) {
        stays.add(stay);
    }

    static DeskRoom room(String number, String type, HousekeepingStatus housekeeping) {
        return new DeskRoom(number, type, housekeeping, false, List.of(), false);
    }

    RoomStay stay(String guest, String status, String type, LocalDate from, LocalDate until, String room) {
        var stay = new RoomStay(UUID.randomUUID(), guest, status, type, from, until, room, from, until, false);
        stays.add(stay);
        return stay;
    }
}
