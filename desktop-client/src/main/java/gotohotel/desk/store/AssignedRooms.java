package gotohotel.desk.store;

import gotohotel.shared.sync.AssignedRoom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A stay's rooms as one column ("number|from|until" joined by ";"), and a room command laid over them. */
final class AssignedRooms {

    private AssignedRooms() {
    }

    static String text(List<AssignedRoom> rooms) {
        if (rooms == null || rooms.isEmpty()) {
            return null;
        }
        var text = new StringBuilder();
        for (var room : rooms) {
            text.append(text.isEmpty() ? "" : ";").append(room.number()).append('|').append(room.from()).append('|')
                    .append(room.until());
        }
        return text.toString();
    }

    static List<AssignedRoom> parse(String text) {
        var rooms = new ArrayList<AssignedRoom>();
        if (text == null || text.isEmpty()) {
            return rooms;
        }
        for (String part : text.split(";")) {
            String[] fields = part.split("\\|");
            rooms.add(new AssignedRoom(fields[0], StoredText.date(fields[1]), StoredText.date(fields[2])));
        }
        return rooms;
    }

    /** The stay in {@code number} from {@code from} to its end; the nights before stay where they were. */
    static List<AssignedRoom> movedFrom(List<AssignedRoom> rooms, String number, LocalDate from, LocalDate until) {
        var moved = new ArrayList<AssignedRoom>();
        for (var room : rooms) {
            if (room.from().isBefore(from)) {
                moved.add(new AssignedRoom(room.number(), room.from(), room.until().isAfter(from) ? from : room.until()));
            }
        }
        if (from.isBefore(until)) {
            moved.add(new AssignedRoom(number, from, until));
        }
        return moved;
    }
}
