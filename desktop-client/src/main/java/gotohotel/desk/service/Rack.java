package gotohotel.desk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rooms as this desk shows them and the stays holding a room type in a window of nights. */
public record Rack(List<DeskRoom> rooms, List<RoomStay> stays) {

    public Rack {
        rooms = List.copyOf(rooms);
        stays = List.copyOf(stays);
    }

    /** This rack with the rooms read again. */
    public Rack withRooms(List<DeskRoom> read) {
        return new Rack(read, stays);
    }

    /** This rack with the stays of these bookings replaced by those read again for them (none: they left it). */
    public Rack withStays(Set<UUID> bookings, List<RoomStay> read) {
        var patched = new ArrayList<RoomStay>(stays.size() + read.size());
        stays.stream().filter(stay -> !bookings.contains(stay.bookingId())).forEach(patched::add);
        patched.addAll(read);
        return new Rack(rooms, patched);
    }
}
