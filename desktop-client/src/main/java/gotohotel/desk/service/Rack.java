package gotohotel.desk.service;

import java.util.List;

/** The rooms as this desk shows them and the stays holding a room type in a window of nights. */
public record Rack(List<DeskRoom> rooms, List<RoomStay> stays) {

    public Rack {
        rooms = List.copyOf(rooms);
        stays = List.copyOf(stays);
    }
}
