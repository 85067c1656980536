package gotohotel.backend.rooms;

import gotohotel.backend.domain.DomainRuleException;
import java.time.LocalDate;
import java.util.List;

/**
 * A room cannot be given to a stay as asked: it is out of order on one of its nights, of another type without an
 * upgrade asked for, or of a type that cannot spare it.
 */
public class RoomRefusedException extends DomainRuleException {

    private RoomRefusedException(String type, String title, String detail) {
        super(type, title, detail);
    }

    static RoomRefusedException outOfOrder(String room) {
        return new RoomRefusedException("room-out-of-order", "Room out of order",
                "Room " + room + " is out of order on a night of this stay.");
    }

    static RoomRefusedException otherType(String room, String roomType, String booked) {
        return new RoomRefusedException("room-upgrade-not-requested", "Another room type",
                "Room " + room + " is a " + roomType + " room and the guest booked " + booked
                        + ": give it only as an upgrade (upgrade: true).");
    }

    static RoomRefusedException neededByItsType(String room, String roomType, List<LocalDate> nights) {
        return new RoomRefusedException("room-needed-by-its-type", "Room needed by its type's bookings",
                "Room " + room + " is a " + roomType + " room, and every " + roomType + " room left is needed by "
                        + roomType + " bookings (or " + roomType + " is not on sale yet) on " + nights.get(0)
                        + (nights.size() > 1 ? " and " + (nights.size() - 1) + " more nights" : "")
                        + ": an upgrade can take only a room its type can spare.");
    }

    static RoomRefusedException noNightsLeft() {
        return new RoomRefusedException("room-stay-over", "No nights left",
                "The stay has no nights left to hold a room for.");
    }
}
