package gotohotel.desk.viewmodel;

import gotohotel.desk.service.DeskRoom;
import gotohotel.desk.service.RoomStay;
import java.util.List;

/**
 * One line of the room rack: a room type's heading, a room with what each night holds, or a line of the type's stays
 * that have no room yet.
 *
 * @param room   the room (ROOM lines only)
 * @param nights what each night of the window shows on this line
 * @param count  HEADER: the type's rooms; UNASSIGNED: the line's number within its type (from 1)
 */
public record RackRow(Kind kind, String roomType, DeskRoom room, List<Night> nights, int count) {

    public enum Kind { HEADER, ROOM, UNASSIGNED }

    /**
     * One night of a line: the stay there (or null), whether its bar starts or ends on this night (false on the
     * window's edge when the stay goes on past it), and whether the room is out of order that night.
     */
    public record Night(RoomStay stay, boolean starts, boolean ends, boolean outOfOrder) {

        static final Night EMPTY = new Night(null, false, false, false);
    }

    public RackRow {
        nights = List.copyOf(nights);
    }

    public RoomStay stayOn(int night) {
        return night < 0 || night >= nights.size() ? null : nights.get(night).stay();
    }
}
