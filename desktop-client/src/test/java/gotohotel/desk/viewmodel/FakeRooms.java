package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DecisionRefusedException;
import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.Rack;
import gotohotel.desk.service.RoomService;
import gotohotel.desk.service.RoomStay;
import gotohotel.desk.text.ScreenText;
import gotohotel.shared.api.HousekeepingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Rooms in memory: assignments and housekeeping take effect at once, marked waiting, like the desk's store. */
public final class FakeRooms implements RoomService {

    final List<DeskRoom> rooms = new ArrayList<>();
    final List<RoomStay> stays = new ArrayList<>();
    final List<String> commands = new ArrayList<>();
    private final LocalDate today;
    private final List<Runnable> listeners = new ArrayList<>();
    /** How many times the rack was read. */
    public int racksRead;

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
        listeners.forEach(Runnable::run);
    }

    @Override
    public void setHousekeeping(String room, HousekeepingStatus status) {
        rooms.replaceAll(r -> r.number().equals(room)
                ? new DeskRoom(r.number(), r.roomType(), status, r.outOfService(), r.outOfOrder(), true) : r);
        commands.add("SET_HOUSEKEEPING " + room + " " + status);
        listeners.forEach(Runnable::run);
    }

    @Override
    public void listenRooms(Runnable changed) {
        listeners.add(changed);
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
